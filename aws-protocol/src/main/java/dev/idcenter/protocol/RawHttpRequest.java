package dev.idcenter.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request exactly as it arrived, before any AWS interpretation: what SigV4 verification and the codec read.
 *
 * @param method     HTTP method, upper case
 * @param path       the raw (still percent-encoded) request path, e.g. {@code /}
 * @param rawQuery   the raw query string without the leading {@code ?}, or empty
 * @param headers    header values by name; look-ups through {@link #header(String)} ignore case
 * @param body       the body bytes, never null
 * @param sourceIp   the client's IP address, for audit and {@code aws:SourceIp}
 */
public record RawHttpRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                             byte[] body, String sourceIp) {

    public RawHttpRequest {
        var folded = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> folded.merge(name, List.copyOf(values),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        headers = java.util.Collections.unmodifiableMap(folded);
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
        method = method.toUpperCase(Locale.ROOT);
    }

    /** The first value of a header, ignoring the name's case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
