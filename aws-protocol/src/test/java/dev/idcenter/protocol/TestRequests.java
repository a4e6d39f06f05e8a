package dev.idcenter.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of raw requests for unit tests. */
final class TestRequests {

    static final String IAM_AUTH = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250102/us-east-1/iam/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=abc";

    private TestRequests() {
    }

    static RawHttpRequest form(String body, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return new RawHttpRequest("POST", "/", "", headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    static RawHttpRequest get(String rawQuery, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return new RawHttpRequest("GET", "/", rawQuery, headers, new byte[0], "127.0.0.1");
    }

    static RawHttpRequest json(String target, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        if (target != null) {
            headers.put("X-Amz-Target", List.of(target));
        }
        return new RawHttpRequest("POST", "/", "", headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }
}
