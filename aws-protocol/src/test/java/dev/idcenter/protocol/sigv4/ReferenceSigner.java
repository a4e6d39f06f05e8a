package dev.idcenter.protocol.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tiny, deliberately independent SigV4 signer that does exactly what botocore's {@code SigV4Auth} does for a
 * form-encoded awsQuery POST (no shared code with the verifier): the caller names the headers to sign and the
 * canonical URI / query verbatim, so a test can also sign something a real client never would.
 */
final class ReferenceSigner {

    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private ReferenceSigner() {
    }

    /** The outcome: every header to send (including {@code Authorization}). */
    record Signed(Map<String, String> headers, String signature, String canonicalRequest) {
    }

    /**
     * Signs like botocore: {@code headers} as they will be sent (e.g. {@code Content-Type}, {@code Host},
     * {@code X-Amz-Date}, {@code X-Amz-Security-Token}), {@code signedHeaderNames} lower case.
     */
    static Signed sign(String method, String canonicalUri, String canonicalQuery, Map<String, String> headers,
                       List<String> signedHeaderNames, String payloadHash, String accessKeyId, String secret,
                       String scopeDate, String amzDate, String region, String service) {
        TreeMap<String, String> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), String.join(" ", v.trim().split("\\s+"))));
        List<String> names = new ArrayList<>(signedHeaderNames);
        names.sort(null);
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String n : names) {
            canonicalHeaders.append(n).append(':').append(lower.getOrDefault(n, "")).append('\n');
        }
        String signedHeaders = String.join(";", names);
        String canonicalRequest = String.join("\n", method, canonicalUri, canonicalQuery,
                canonicalHeaders.toString(), signedHeaders, payloadHash);
        String scope = scopeDate + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
        byte[] k = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scopeDate);
        k = hmac(k, region);
        k = hmac(k, service);
        k = hmac(k, "aws4_request");
        String signature = HexFormat.of().formatHex(hmac(k, stringToSign));
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature);
        return new Signed(out, signature, canonicalRequest);
    }

    static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
