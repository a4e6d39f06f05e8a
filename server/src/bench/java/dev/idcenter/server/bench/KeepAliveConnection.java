package dev.idcenter.server.bench;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection used by one driver thread at a time: writes a request's bytes, reads the
 * status, the headers it needs and the whole body (Content-Length or chunked), and reconnects when the server
 * closes the connection (Tomcat does after a number of requests). Small on purpose: the driver shares the machine's
 * two cores with the server, so each call should cost it as little as possible.
 */
final class KeepAliveConnection implements Closeable {

    private final URI endpoint;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The status code and body of the answer to {@code request}. */
    Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close(); // the next call starts on a new connection
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()));
        in = socket.getInputStream();
        out = socket.getOutputStream();
        position = 0;
        limit = 0;
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        byte[] body = chunked ? readChunked() : readBytes((int) Math.max(length, 0));
        if (closing) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] readChunked() throws IOException {
        byte[] body = new byte[0];
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body;
            }
            byte[] chunk = readBytes(size);
            byte[] joined = new byte[body.length + size];
            System.arraycopy(body, 0, joined, 0, body.length);
            System.arraycopy(chunk, 0, joined, body.length, size);
            body = joined;
            readLine(); // the CRLF after the chunk
        }
    }

    private byte[] readBytes(int count) throws IOException {
        byte[] bytes = new byte[count];
        int filled = 0;
        while (filled < count) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(count - filled, limit - position);
            System.arraycopy(buffer, position, bytes, filled, n);
            position += n;
            filled += n;
        }
        return bytes;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (position == limit) {
                fill();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) (b & 0xff));
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("connection closed by the server");
        }
        position = 0;
        limit = n;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is going away anyway
            }
        }
        socket = null;
    }

    /** An answer: its status and body. */
    record Response(int status, byte[] body) {

        /** The AWS error code of a failed call, as the driver reports it: {@code Code (HTTP status)}. */
        String errorDescription() {
            String text = new String(body, StandardCharsets.UTF_8);
            int start = text.indexOf("<Code>");
            int end = text.indexOf("</Code>");
            String code = start >= 0 && end > start ? text.substring(start + 6, end) : "no error code";
            return code + " (HTTP " + status + ")";
        }
    }
}
