package dev.idcenter.protocol.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pieces of a SigV4 canonical request for the non-S3 services, as the AWS SDKs and botocore build them.
 * Package-private: the tests prove it against the real SDK signer and their own independent reference signer.
 */
final class SigV4Canonical {

    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private SigV4Canonical() {
    }

    /** One decoded query parameter; {@code value} is empty when the raw parameter had no {@code =}. */
    record QueryParam(String name, String value) {
    }

    /**
     * Splits a raw query string into decoded parameters, in order. {@code +} is kept as a literal plus (the SDKs
     * and botocore always send spaces as {@code %20}); malformed escapes are kept literally; empty pieces are
     * skipped.
     */
    static List<QueryParam> parseQuery(String rawQuery) {
        List<QueryParam> params = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        int start = 0;
        int length = rawQuery.length();
        while (start <= length) {
            int amp = rawQuery.indexOf('&', start);
            int end = amp < 0 ? length : amp;
            if (end > start) {
                String piece = rawQuery.substring(start, end);
                int eq = piece.indexOf('=');
                if (eq < 0) {
                    params.add(new QueryParam(percentDecode(piece), ""));
                } else {
                    params.add(new QueryParam(percentDecode(piece.substring(0, eq)),
                            percentDecode(piece.substring(eq + 1))));
                }
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return params;
    }

    /**
     * The canonical query string: every parameter except {@code excludedName}, name and value URI-encoded per
     * RFC 3986 ({@code %20}, upper-case hex), sorted by encoded name then encoded value, joined with {@code &}.
     */
    static String canonicalQuery(List<QueryParam> params, String excludedName) {
        if (params.isEmpty()) {
            return "";
        }
        List<String[]> encoded = new ArrayList<>(params.size());
        for (QueryParam p : params) {
            if (excludedName != null && excludedName.equals(p.name())) {
                continue;
            }
            encoded.add(new String[] {uriEncode(p.name(), false), uriEncode(p.value(), false)});
        }
        encoded.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
        StringBuilder sb = new StringBuilder();
        for (String[] e : encoded) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(e[0]).append('=').append(e[1]);
        }
        return sb.toString();
    }

    /**
     * The canonical URI for the non-S3 services: the raw (already percent-encoded) path with its dot segments
     * removed, then URI-encoded once more, segment by segment ("double encoding"). This is what the AWS SDK for
     * Java v2 ({@code doubleUrlEncode} and {@code normalizePath} on) and botocore ({@code quote(path, safe='/~')}
     * of the URL's path) sign for the path they send.
     */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String normalized = removeDotSegments(rawPath);
        String encoded = uriEncode(normalized, true);
        return encoded.startsWith("/") ? encoded : "/" + encoded;
    }

    /** RFC 3986 section 5.2.4, keeping empty segments (as {@code java.net.URI#normalize} does). */
    static String removeDotSegments(String path) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        String[] segments = (absolute ? path.substring(1) : path).split("/", -1);
        List<String> out = new ArrayList<>(segments.length);
        boolean trailingSlash = false;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".")) {
                trailingSlash = last;
            } else if (s.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                trailingSlash = last;
            } else {
                out.add(s);
                trailingSlash = false;
            }
        }
        StringBuilder sb = new StringBuilder(path.length());
        if (absolute) {
            sb.append('/');
        }
        sb.append(String.join("/", out));
        if (trailingSlash && (sb.length() == 0 || sb.charAt(sb.length() - 1) != '/')) {
            sb.append('/');
        }
        return sb.toString();
    }

    /**
     * The canonical headers block (each line {@code name:value\n}) for the signed header names, which must be
     * lower case and sorted. Values are trimmed with inner whitespace runs collapsed to one space; repeated headers
     * are joined with {@code ,} in arrival order. A signed header the request lacks gets an empty value (and so a
     * signature mismatch).
     */
    static String canonicalHeaders(List<String> signedHeaders, Map<String, List<String>> headers) {
        StringBuilder sb = new StringBuilder(256);
        for (String name : signedHeaders) {
            sb.append(name).append(':');
            List<String> values = headers.get(name);
            if (values != null) {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    appendCollapsed(sb, values.get(i));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void appendCollapsed(StringBuilder sb, String value) {
        if (!hasWhitespace(value)) {
            sb.append(value); // the usual case, and a session token is over a kilobyte: no copying char by char
            return;
        }
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                pendingSpace = any;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
                any = true;
            }
        }
    }

    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                return true;
            }
        }
        return false;
    }

    /** URI-encodes per RFC 3986: unreserved characters kept, everything else as UTF-8 {@code %XX}. */
    static String uriEncode(String value, boolean keepSlash) {
        int n = value.length();
        int i = 0;
        while (i < n && isUnreserved(value.charAt(i), keepSlash)) {
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        sb.append(value, 0, i);
        byte[] bytes = value.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isUnreserved(c, keepSlash)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX_UPPER[(b >> 4) & 0xF]).append(HEX_UPPER[b & 0xF]);
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(char c, boolean keepSlash) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/');
    }

    /** Decodes {@code %XX} escapes as UTF-8; a malformed escape is kept as is; {@code +} stays a plus. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hexValue(s.charAt(i + 1)) >= 0
                    && hexValue(s.charAt(i + 2)) >= 0) {
                out.write(hexValue(s.charAt(i + 1)) << 4 | hexValue(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
