package dev.idcenter.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** awsQuery parameters: the form body merged with the query string, plus credential-scope parsing. */
final class FormParams {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^,\\s]+)");

    private FormParams() {
    }

    /** Query-string parameters first, then form body parameters (the body wins on a clash). */
    static NavigableMap<String, String> of(RawHttpRequest request) {
        NavigableMap<String, String> params = new TreeMap<>();
        parseInto(request.rawQuery(), params);
        if (hasFormBody(request)) {
            parseInto(new String(request.body(), StandardCharsets.UTF_8), params);
        }
        return params;
    }

    static boolean hasFormBody(RawHttpRequest request) {
        if (request.body().length == 0) {
            return false;
        }
        String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        return contentType.isEmpty() || contentType.contains("application/x-www-form-urlencoded");
    }

    static void parseInto(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                into.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new AwsErrorException("MalformedQueryString", 400,
                        "The request contains a malformed percent-encoded parameter.");
            }
        }
    }

    /** The service of the SigV4 credential scope, from the Authorization header or X-Amz-Credential; or null. */
    static String credentialScopeService(RawHttpRequest request, Map<String, String> params) {
        String credential = null;
        String auth = request.header("Authorization").orElse(null);
        if (auth != null) {
            Matcher m = CREDENTIAL.matcher(auth);
            if (m.find()) {
                credential = m.group(1);
            }
        }
        if (credential == null && params != null) {
            credential = params.get("X-Amz-Credential");
        }
        if (credential == null) {
            return null;
        }
        String[] parts = credential.split("/");
        // AKID/date/region/service/aws4_request
        return parts.length >= 5 ? parts[parts.length - 2] : null;
    }

    /** Best-effort parse that never throws (for error answering). */
    static NavigableMap<String, String> lenient(RawHttpRequest request) {
        try {
            return of(request);
        } catch (RuntimeException e) {
            return new TreeMap<>();
        }
    }

    static Map<String, String> copy(Map<String, String> m) {
        return new LinkedHashMap<>(m);
    }
}
