package dev.idcenter.protocol.sigv4;

import dev.idcenter.protocol.RawHttpRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.signer.Aws4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4SignerParams;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.regions.Region;

/** Signs requests with the real AWS SDK for Java v2 signers and turns them into what our server would receive. */
final class SdkSigning {

    private SdkSigning() {
    }

    /** What to sign. */
    record Spec(SdkHttpMethod method, String uri, Map<String, String> headers, byte[] body, String region,
                String service, Instant signingTime, String accessKeyId, String secret, String sessionToken,
                Duration presignFor) {

        static Spec post(String uri, String contentType, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", contentType);
            return new Spec(SdkHttpMethod.POST, uri, headers, body.getBytes(StandardCharsets.UTF_8), "us-east-1",
                    "sts", null, null, null, null, null);
        }

        static Spec get(String uri) {
            return new Spec(SdkHttpMethod.GET, uri, new LinkedHashMap<>(), new byte[0], "us-east-1", "sts", null,
                    null, null, null, null);
        }

        Spec header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Spec(method, uri, h, body, region, service, signingTime, accessKeyId, secret, sessionToken,
                    presignFor);
        }

        Spec scope(String newRegion, String newService) {
            return new Spec(method, uri, headers, body, newRegion, newService, signingTime, accessKeyId, secret,
                    sessionToken, presignFor);
        }

        Spec at(Instant time) {
            return new Spec(method, uri, headers, body, region, service, time, accessKeyId, secret, sessionToken,
                    presignFor);
        }

        Spec credentials(String akid, String secretKey, String token) {
            return new Spec(method, uri, headers, body, region, service, signingTime, akid, secretKey, token,
                    presignFor);
        }

        Spec presigned(Duration expires) {
            return new Spec(method, uri, headers, body, region, service, signingTime, accessKeyId, secret,
                    sessionToken, expires);
        }
    }

    private static SdkHttpFullRequest unsigned(Spec spec) {
        SdkHttpFullRequest.Builder b = SdkHttpFullRequest.builder().method(spec.method()).uri(URI.create(spec.uri()));
        spec.headers().forEach(b::putHeader);
        if (spec.body().length > 0) {
            b.contentStreamProvider(ContentStreamProvider.fromByteArray(spec.body()));
        }
        return b.build();
    }

    private static AwsCredentialsIdentity identity(Spec spec) {
        return spec.sessionToken() == null
                ? AwsCredentialsIdentity.create(spec.accessKeyId(), spec.secret())
                : AwsSessionCredentialsIdentity.create(spec.accessKeyId(), spec.secret(), spec.sessionToken());
    }

    /** Signs with {@link AwsV4HttpSigner} (the signer SDK v2 clients use today). */
    static RawHttpRequest signWithHttpSigner(Spec spec) {
        SdkHttpFullRequest request = unsigned(spec);
        AwsV4HttpSigner signer = AwsV4HttpSigner.create();
        SignedRequest signed = signer.sign(r -> {
            r.identity(identity(spec))
                    .request(request)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, spec.service())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, spec.region())
                    .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(spec.signingTime(), ZoneOffset.UTC));
            if (spec.body().length > 0) {
                r.payload(ContentStreamProvider.fromByteArray(spec.body()));
            }
            if (spec.presignFor() != null) {
                r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, spec.presignFor());
            }
        });
        byte[] body = signed.payload().map(SdkSigning::readAll).orElse(new byte[0]);
        return toRaw(signed.request(), body);
    }

    /** Signs with the legacy {@link Aws4Signer} (still used by older SDK v2 code paths). */
    @SuppressWarnings("deprecation")
    static RawHttpRequest signWithLegacySigner(Spec spec) {
        SdkHttpFullRequest request = unsigned(spec);
        Aws4SignerParams params = Aws4SignerParams.builder()
                .awsCredentials(AwsBasicCredentials.create(spec.accessKeyId(), spec.secret()))
                .signingName(spec.service())
                .signingRegion(Region.of(spec.region()))
                .signingClockOverride(Clock.fixed(spec.signingTime(), ZoneOffset.UTC))
                .build();
        SdkHttpFullRequest signed = Aws4Signer.create().sign(request, params);
        byte[] body = signed.contentStreamProvider().map(SdkSigning::readAll).orElse(new byte[0]);
        return toRaw(signed, body);
    }

    /** What the server sees: the raw path and query, the headers (with the {@code Host} the HTTP client adds) and the body. */
    static RawHttpRequest toRaw(SdkHttpRequest signed, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
        if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
            String host = signed.host() + (signed.port() == SdkHttpUtilsPort.defaultPort(signed.protocol())
                    ? "" : ":" + signed.port());
            headers.put("Host", List.of(host));
        }
        URI uri = signed.getUri();
        return new RawHttpRequest(signed.method().name(), uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(),
                uri.getRawQuery(), headers, body, "127.0.0.1");
    }

    private static byte[] readAll(ContentStreamProvider provider) {
        try (InputStream in = provider.newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class SdkHttpUtilsPort {
        static int defaultPort(String protocol) {
            return "https".equalsIgnoreCase(protocol) ? 443 : 80;
        }
    }
}
