package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** A JDK HTTP server whose handler is route → decodeInput → a canned answer → success / error. */
final class CodecTestServer implements AutoCloseable {

    @FunctionalInterface
    interface Responder {
        /** The output tree for a decoded call; may throw {@link AwsErrorException}. */
        JsonNode respond(OperationCall call, ObjectNode input);
    }

    static final ServiceRegistry REGISTRY = ServiceRegistry.loadDefault();

    private final ProtocolCodec codec = new ProtocolCodec(REGISTRY);
    private final HttpServer server;
    final AtomicReference<Responder> responder = new AtomicReference<>((c, i) -> null);
    final AtomicReference<OperationCall> lastCall = new AtomicReference<>();
    final AtomicReference<ObjectNode> lastInput = new AtomicReference<>();
    final AtomicReference<RawHttpRequest> lastRequest = new AtomicReference<>();

    CodecTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void respondWith(Responder r) {
        responder.set(r);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        RawHttpRequest request = new RawHttpRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        lastRequest.set(request);
        String requestId = "req-0001";
        HttpResponseData response;
        OperationCall call = null;
        try {
            call = codec.route(request);
            lastCall.set(call);
            ObjectNode input = codec.decodeInput(call, request);
            lastInput.set(input);
            response = codec.success(call, responder.get().respond(call, input), requestId);
        } catch (AwsErrorException e) {
            response = codec.error(call != null ? call.service() : codec.serviceForErrors(request), e, requestId);
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
