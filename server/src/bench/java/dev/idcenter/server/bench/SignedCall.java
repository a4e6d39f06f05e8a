package dev.idcenter.server.bench;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An AWS query-protocol call (form-encoded POST), SigV4-signed with the SDK's own signer and rendered once as the
 * bytes of an HTTP/1.1 request. A signature stays valid for five minutes and the server, like AWS, accepts a signed
 * request again, so the same bytes are sent until they are two minutes old and then signed afresh: the driver spends
 * its CPU on sending, not on the SDK's request pipeline.
 */
final class SignedCall implements Supplier<byte[]> {

    private static final long RESIGN_AFTER_NANOS = Duration.ofMinutes(2).toNanos();
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private final URI endpoint;
    private final String service;
    private final AwsCredentialsIdentity credentials;
    private final String body;
    private volatile byte[] bytes;
    private volatile long signedAt;

    SignedCall(URI endpoint, String service, AwsCredentialsIdentity credentials, String body) {
        this.endpoint = endpoint;
        this.service = service;
        this.credentials = credentials;
        this.body = body;
        this.bytes = sign(endpoint, service, credentials, body);
        this.signedAt = System.nanoTime();
    }

    /** The form body of a query-protocol action: {@code Action}, {@code Version}, then the parameters in order. */
    static String form(String action, String version, String... namesAndValues) {
        StringBuilder form = new StringBuilder("Action=").append(action).append("&Version=").append(version);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.append('&').append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    @Override
    public byte[] get() {
        long now = System.nanoTime();
        if (now - signedAt > RESIGN_AFTER_NANOS) {
            synchronized (this) {
                if (now - signedAt > RESIGN_AFTER_NANOS) {
                    bytes = sign(endpoint, service, credentials, body);
                    signedAt = now;
                }
            }
        }
        return bytes;
    }

    /** Signs one request now (for calls whose body differs every time). */
    static byte[] sign(URI endpoint, String service, AwsCredentialsIdentity credentials, String body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint.resolve("/"))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        software.amazon.awssdk.http.auth.spi.signer.SignedRequest signed = SIGNER.sign(r -> r.identity(credentials)
                .request(request).payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
        Map<String, List<String>> headers = signed.request().headers();
        if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
            head.append("Host: ").append(endpoint.getAuthority()).append("\r\n");
        }
        headers.forEach((name, values) -> values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
        head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + payload.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(payload, 0, all, start.length, payload.length);
        return all;
    }
}
