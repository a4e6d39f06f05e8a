package dev.idcenter.protocol.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.sigv4.SdkSigning.Spec;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SigV4 verification (issue 2, item 5), proven against what real clients send: the AWS SDK for Java v2 signers and
 * a botocore-exact reference signer.
 */
class SigV4VerifierTest {

    static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    static final String AKID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String SESSION_AKID = "ASIAIOSFODNN7SESSION";
    static final String SESSION_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
    static final String SESSION_TOKEN = "FwoGZXIvYXdzEBYaDTOKENEXAMPLEFORTESTS//////////wEaDKLm+Zx/0q==";
    static final String STS_BODY = "Action=GetCallerIdentity&Version=2011-06-15";
    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    static final String ENDPOINT = "http://localhost:8080/";

    static final DateTimeFormatter AMZ = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    final List<String> resolvedKeys = new ArrayList<>();
    final SigningKeyResolver<String> resolver = (akid, token) -> {
        resolvedKeys.add(akid);
        if (akid.equals(AKID)) {
            return Optional.of(new SigningKey<>(SECRET, "arn:aws:iam::111122223333:root"));
        }
        if (akid.equals(SESSION_AKID)) {
            if (!token.equals(Optional.of(SESSION_TOKEN))) {
                throw new AwsErrorException("InvalidClientTokenId", 403,
                        "The security token included in the request is invalid.");
            }
            return Optional.of(new SigningKey<>(SESSION_SECRET, "arn:aws:sts::111122223333:assumed-role/Admin/s"));
        }
        return Optional.empty();
    };
    final SigV4Verifier<String> verifier = new SigV4Verifier<>(Clock.fixed(NOW, ZoneOffset.UTC), resolver);

    static Spec stsPost() {
        return Spec.post(ENDPOINT, FORM_CONTENT_TYPE, STS_BODY).at(NOW).credentials(AKID, SECRET, null);
    }

    static Spec jsonPost() {
        return Spec.post(ENDPOINT, "application/x-amz-json-1.1", "{\"MaxResults\":10}")
                .header("X-Amz-Target", "AWSOrganizationsV20161128.ListAccounts")
                .scope("us-east-1", "organizations").at(NOW).credentials(AKID, SECRET, null);
    }

    static RawHttpRequest withHeader(RawHttpRequest r, String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        r.headers().forEach((k, v) -> {
            if (!k.equalsIgnoreCase(name)) {
                headers.put(k, v);
            }
        });
        if (value != null) {
            headers.put(name, List.of(value));
        }
        return new RawHttpRequest(r.method(), r.path(), r.rawQuery(), headers, r.body(), r.sourceIp());
    }

    static RawHttpRequest withBody(RawHttpRequest r, String body) {
        return new RawHttpRequest(r.method(), r.path(), r.rawQuery(), r.headers(),
                body.getBytes(StandardCharsets.UTF_8), r.sourceIp());
    }

    static RawHttpRequest withQuery(RawHttpRequest r, String rawQuery) {
        return new RawHttpRequest(r.method(), r.path(), rawQuery, r.headers(), r.body(), r.sourceIp());
    }

    static RawHttpRequest raw(String method, String path, String query, Map<String, String> headers, String body) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new RawHttpRequest(method, path, query, h, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }

    /** The canonical query of a raw query whose values are already RFC 3986 encoded: sorted by name then value. */
    static String sortedQuery(String rawQuery) {
        List<String> pairs = new ArrayList<>(List.of(rawQuery.split("&")));
        pairs.sort((a, b) -> {
            String[] x = a.split("=", 2);
            String[] y = b.split("=", 2);
            int byName = x[0].compareTo(y[0]);
            return byName != 0 ? byName : x[1].compareTo(y[1]);
        });
        return String.join("&", pairs);
    }

    static String presignedQuery(Instant at) {
        return "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                + AKID + "%2F" + AMZ.format(at).substring(0, 8) + "%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date="
                + AMZ.format(at) + "&X-Amz-Expires=300&X-Amz-SignedHeaders=host";
    }

    /** RFC 3986 encoding, written separately from the verifier's. */
    static final class SdkLikeEncoding {
        static String encode(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                    .replace("%7E", "~");
        }
    }

    AwsErrorException rejected(RawHttpRequest r) {
        AwsErrorException e = catchThrowableOfType(() -> verifier.verify(r), AwsErrorException.class);
        assertThat(e).as("verification must fail").isNotNull();
        return e;
    }

    /** botocore's request for {@code aws sts get-caller-identity}, signed by the reference signer. */
    static RawHttpRequest botocoreStsPost(Instant at, String scopeDate, List<String> signedHeaders, String token,
                                          String sentBody) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", FORM_CONTENT_TYPE);
        headers.put("Host", "localhost:8080");
        headers.put("X-Amz-Date", AMZ.format(at));
        String akid = AKID;
        String secret = SECRET;
        if (token != null) {
            headers.put("X-Amz-Security-Token", token);
            akid = SESSION_AKID;
            secret = SESSION_SECRET;
        }
        var signed = ReferenceSigner.sign("POST", "/", "", headers, signedHeaders,
                ReferenceSigner.sha256Hex(STS_BODY), akid, secret, scopeDate, AMZ.format(at), "us-east-1", "sts");
        headers.put("Content-Length", String.valueOf(sentBody.length()));
        Map<String, String> all = new LinkedHashMap<>(signed.headers());
        all.put("Content-Length", String.valueOf(sentBody.length()));
        all.put("User-Agent", "aws-cli/1.36.0 md/Botocore#1.35.0 ua/2.0 os/linux");
        return raw("POST", "/", "", all, sentBody);
    }

    // ---- accepted -----------------------------------------------------------------------------------------------

    @Test
    void givenFormPostSignedBySdkHttpSigner_whenVerified_thenPrincipalAndScopeReturned() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost());

        VerifiedRequest<String> verified = verifier.verify(request);

        assertThat(verified.principal()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(verified.accessKeyId()).isEqualTo(AKID);
        assertThat(verified.region()).isEqualTo("us-east-1");
        assertThat(verified.service()).isEqualTo("sts");
        assertThat(verified.signedAt()).isEqualTo(NOW);
        assertThat(verified.sessionToken()).isEmpty();
        assertThat(verified.presigned()).isFalse();
        assertThat(SigV4Verifier.isSigned(request)).isTrue();
    }

    @Test
    void givenFormPostSignedByLegacyAws4Signer_whenVerified_thenAccepted() {
        RawHttpRequest request = SdkSigning.signWithLegacySigner(stsPost().scope("us-east-1", "iam"));

        assertThat(verifier.verify(request).service()).isEqualTo("iam");
    }

    @Test
    void givenJson11PostWithTarget_whenVerified_thenAccepted() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(jsonPost());

        assertThat(request.header("Authorization").orElseThrow()).contains("x-amz-target");
        assertThat(verifier.verify(request).service()).isEqualTo("organizations");
    }

    @Test
    void givenAnyRegionAndSsoService_whenVerified_thenScopeReported() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(jsonPost()
                .header("X-Amz-Target", "SWBExternalService.ListInstances").scope("eu-west-3", "sso"));

        VerifiedRequest<String> verified = verifier.verify(request);

        assertThat(verified.region()).isEqualTo("eu-west-3");
        assertThat(verified.service()).isEqualTo("sso");
    }

    @Test
    void givenSessionCredentials_whenVerified_thenTokenPassedToResolverAndReturned() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost()
                .credentials(SESSION_AKID, SESSION_SECRET, SESSION_TOKEN));

        VerifiedRequest<String> verified = verifier.verify(request);

        assertThat(verified.sessionToken()).contains(SESSION_TOKEN);
        assertThat(verified.principal()).contains("assumed-role");
    }

    @Test
    void givenPresignedGetWithQueryParameters_whenVerified_thenPresignedAccepted() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(Spec.get(ENDPOINT
                        + "?Action=AssumeRole&Version=2011-06-15&RoleSessionName=a%20b%2Bc%2F%C3%A9&DurationSeconds=900")
                .at(NOW).credentials(SESSION_AKID, SESSION_SECRET, SESSION_TOKEN).presigned(Duration.ofMinutes(15)));

        assertThat(request.header("Authorization")).isEmpty();
        assertThat(request.rawQuery()).contains("X-Amz-Signature=").contains("X-Amz-Security-Token=");
        assertThat(SigV4Verifier.isSigned(request)).isTrue();
        VerifiedRequest<String> verified = verifier.verify(request);

        assertThat(verified.presigned()).isTrue();
        assertThat(verified.sessionToken()).contains(SESSION_TOKEN);
    }

    @Test
    void givenPresignedGetWithinExpiry_whenVerifiedTenMinutesLater_thenAccepted() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(Spec.get(ENDPOINT + "?Action=GetCallerIdentity")
                .at(NOW.minus(Duration.ofMinutes(10))).credentials(AKID, SECRET, null)
                .presigned(Duration.ofMinutes(15)));

        assertThat(verifier.verify(request).presigned()).isTrue();
    }

    @Test
    void givenGetWithQueryAndOddPathSignedInHeader_whenVerified_thenCanonicalUriAndQueryMatchSdk() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(Spec.get(
                        "http://localhost:8080/some%20path/./a~b/%C3%A4/?b=2&a=%2A&a=1&empty=&flag")
                .scope("eu-west-3", "sso").at(NOW).credentials(AKID, SECRET, null));

        assertThat(verifier.verify(request).region()).isEqualTo("eu-west-3");
    }

    @Test
    void givenBotocoreFormPost_whenVerified_thenAccepted() {
        RawHttpRequest request = botocoreStsPost(NOW, "20261123", List.of("content-type", "host", "x-amz-date"),
                null, STS_BODY);

        assertThat(verifier.verify(request).accessKeyId()).isEqualTo(AKID);
    }

    @Test
    void givenBotocoreFormPostWithSessionToken_whenVerified_thenAccepted() {
        RawHttpRequest request = botocoreStsPost(NOW, "20261123",
                List.of("content-type", "host", "x-amz-date", "x-amz-security-token"), SESSION_TOKEN, STS_BODY);

        assertThat(verifier.verify(request).sessionToken()).contains(SESSION_TOKEN);
    }

    @Test
    void givenRequestDatedByRfc1123DateHeaderOnly_whenVerified_thenAccepted() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", FORM_CONTENT_TYPE);
        headers.put("Host", "localhost:8080");
        headers.put("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.atOffset(ZoneOffset.UTC)));
        var signed = ReferenceSigner.sign("POST", "/", "", headers, List.of("content-type", "date", "host"),
                ReferenceSigner.sha256Hex(STS_BODY), AKID, SECRET, "20261123", AMZ.format(NOW), "us-east-1", "sts");

        assertThat(verifier.verify(raw("POST", "/", "", signed.headers(), STS_BODY)).signedAt()).isEqualTo(NOW);
    }

    @Test
    void givenMatchingXAmzContentSha256_whenVerified_thenAccepted() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", FORM_CONTENT_TYPE);
        headers.put("Host", "localhost:8080");
        headers.put("X-Amz-Date", AMZ.format(NOW));
        headers.put("X-Amz-Content-Sha256", ReferenceSigner.sha256Hex(STS_BODY));
        var signed = ReferenceSigner.sign("POST", "/", "", headers,
                List.of("content-type", "host", "x-amz-content-sha256", "x-amz-date"),
                ReferenceSigner.sha256Hex(STS_BODY), AKID, SECRET, "20261123", AMZ.format(NOW), "us-east-1", "sts");

        assertThat(verifier.verify(raw("POST", "/", "", signed.headers(), STS_BODY)).accessKeyId()).isEqualTo(AKID);
    }

    @Test
    void givenClockSkewOfFourMinutesEitherWay_whenVerified_thenAccepted() {
        for (Duration skew : List.of(Duration.ofMinutes(4), Duration.ofMinutes(-4), Duration.ofMinutes(5),
                Duration.ofMinutes(-5))) {
            RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost().at(NOW.plus(skew)));
            assertThat(verifier.verify(request).signedAt()).isEqualTo(NOW.plus(skew));
        }
    }

    @Test
    void givenManyRequestsWithSameScope_whenVerified_thenSigningKeyDerivedOnce() {
        for (int i = 0; i < 50; i++) {
            verifier.verify(SdkSigning.signWithHttpSigner(stsPost().at(NOW.minusSeconds(i))));
        }
        verifier.verify(SdkSigning.signWithHttpSigner(stsPost().scope("eu-west-3", "sts")));

        assertThat(verifier.cachedSigningKeys()).isEqualTo(2);
    }

    @Test
    void givenAwsDocumentationExampleIamListUsers_whenVerified_thenKnownAnswerAccepted() {
        // The worked example of the AWS General Reference ("Create a signed AWS API request"), an independent vector.
        Instant at = Instant.parse("2015-08-30T12:36:00Z");
        SigV4Verifier<String> docVerifier = new SigV4Verifier<>(Clock.fixed(at, ZoneOffset.UTC),
                (akid, token) -> akid.equals("AKIDEXAMPLE")
                        ? Optional.of(new SigningKey<>("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "doc"))
                        : Optional.empty());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "iam.amazonaws.com");
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        headers.put("X-Amz-Date", "20150830T123600Z");
        headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
                + " SignedHeaders=content-type;host;x-amz-date,"
                + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");

        VerifiedRequest<String> verified = docVerifier.verify(raw("GET", "/", "Action=ListUsers&Version=2010-05-08",
                headers, ""));

        assertThat(verified.principal()).isEqualTo("doc");
        assertThat(verified.service()).isEqualTo("iam");
    }

    @Test
    void givenBotocorePresignedUrlWithSessionToken_whenVerified_thenAccepted() {
        // botocore's SigV4QueryAuth: operation parameters first, then the auth parameters; payload = empty hash.
        String query = "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=" + SESSION_AKID + "%2F20261123%2Feu-west-3%2Fsts%2Faws4_request"
                + "&X-Amz-Date=20261123T035800Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                + "&X-Amz-Security-Token=" + SdkLikeEncoding.encode(SESSION_TOKEN);
        String canonicalQuery = sortedQuery(query);
        var signed = ReferenceSigner.sign("GET", "/", canonicalQuery, Map.of("Host", "sts.localhost:8080"),
                List.of("host"), ReferenceSigner.EMPTY_SHA256, SESSION_AKID, SESSION_SECRET, "20261123",
                "20261123T035800Z", "eu-west-3", "sts");

        VerifiedRequest<String> verified = verifier.verify(raw("GET", "/",
                query + "&X-Amz-Signature=" + signed.signature(), Map.of("Host", "sts.localhost:8080"), ""));

        assertThat(verified.presigned()).isTrue();
        assertThat(verified.region()).isEqualTo("eu-west-3");
        assertThat(verified.sessionToken()).contains(SESSION_TOKEN);
    }

    @Test
    void givenPresignedWithUnsignedPayloadAndNoBody_whenVerified_thenAccepted() {
        String query = presignedQuery(NOW);
        var signed = ReferenceSigner.sign("GET", "/", sortedQuery(query), Map.of("Host", "localhost:8080"),
                List.of("host"), "UNSIGNED-PAYLOAD", AKID, SECRET, "20261123", AMZ.format(NOW), "us-east-1", "sts");
        String signedQuery = query + "&X-Amz-Signature=" + signed.signature();

        assertThat(verifier.verify(raw("GET", "/", signedQuery, Map.of("Host", "localhost:8080"), "")).presigned())
                .isTrue();
        AwsErrorException withBody = rejected(raw("POST", "/", signedQuery, Map.of("Host", "localhost:8080"),
                "Action=CreateUser"));
        assertThat(withBody.code()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void givenRepeatedHeaderAndWhitespaceRuns_whenVerified_thenCanonicalisedLikeBotocore() {
        Map<String, String> signedHeaders = new LinkedHashMap<>();
        signedHeaders.put("Content-Type", FORM_CONTENT_TYPE);
        signedHeaders.put("Host", "localhost:8080");
        signedHeaders.put("X-Amz-Date", AMZ.format(NOW));
        signedHeaders.put("X-Custom", "a b,c d");
        var signed = ReferenceSigner.sign("POST", "/", "", signedHeaders,
                List.of("content-type", "host", "x-amz-date", "x-custom"), ReferenceSigner.sha256Hex(STS_BODY), AKID,
                SECRET, "20261123", AMZ.format(NOW), "us-east-1", "sts");
        Map<String, List<String>> sent = new LinkedHashMap<>();
        signed.headers().forEach((k, v) -> sent.put(k, List.of(v)));
        sent.remove("X-Custom");
        sent.put("x-custom", List.of("  a \t  b ", "c    d"));

        RawHttpRequest request = new RawHttpRequest("POST", "/", "", sent, STS_BODY.getBytes(StandardCharsets.UTF_8),
                "127.0.0.1");

        assertThat(verifier.verify(request).accessKeyId()).isEqualTo(AKID);
    }

    // ---- rejected -----------------------------------------------------------------------------------------------

    @Test
    void givenWrongSecret_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost().credentials(AKID, "not-the-secret", null));

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo(SigV4Verifier.SIGNATURE_DOES_NOT_MATCH_MESSAGE);
    }

    @Test
    void givenTamperedBody_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost());

        AwsErrorException e = rejected(withBody(request, "Action=CreateUser&Version=2010-05-08&UserName=evil"));

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(403);
    }

    @Test
    void givenTamperedBodyWithoutContentSha256Header_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = SdkSigning.signWithLegacySigner(stsPost());
        assertThat(request.header("x-amz-content-sha256")).isEmpty();

        AwsErrorException e = rejected(withBody(request, "Action=CreateUser&Version=2010-05-08&UserName=evil"));

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo(SigV4Verifier.SIGNATURE_DOES_NOT_MATCH_MESSAGE);
    }

    @Test
    void givenTamperedSignedHeader_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(jsonPost());

        AwsErrorException e = rejected(withHeader(request, "X-Amz-Target", "AWSOrganizationsV20161128.CloseAccount"));

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(403);
    }

    @Test
    void givenTamperedPresignedQuery_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(Spec.get(ENDPOINT + "?Action=GetCallerIdentity")
                .at(NOW).credentials(AKID, SECRET, null).presigned(Duration.ofMinutes(5)));

        AwsErrorException e = rejected(withQuery(request, request.rawQuery().replace("GetCallerIdentity", "GetUser")));

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(403);
    }

    @Test
    void givenPresignedUrlUsedWithAddedBody_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(Spec.get(ENDPOINT + "?Action=GetCallerIdentity")
                .at(NOW).credentials(AKID, SECRET, null).presigned(Duration.ofMinutes(5)));

        AwsErrorException e = rejected(withBody(request, "Action=CreateUser"));

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void givenHostNotSigned_whenVerified_thenIncompleteSignature() {
        RawHttpRequest request = botocoreStsPost(NOW, "20261123", List.of("content-type", "x-amz-date"), null,
                STS_BODY);

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @Test
    void givenXAmzContentSha256NotTheBodysHash_whenVerified_thenSignatureDoesNotMatch() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", FORM_CONTENT_TYPE);
        headers.put("Host", "localhost:8080");
        headers.put("X-Amz-Date", AMZ.format(NOW));
        String otherHash = ReferenceSigner.sha256Hex("Action=GetCallerIdentity&Version=2011-06-15&x=1");
        headers.put("X-Amz-Content-Sha256", otherHash);
        var signed = ReferenceSigner.sign("POST", "/", "", headers,
                List.of("content-type", "host", "x-amz-content-sha256", "x-amz-date"), otherHash, AKID, SECRET,
                "20261123", AMZ.format(NOW), "us-east-1", "sts");

        AwsErrorException e = rejected(raw("POST", "/", "", signed.headers(), STS_BODY));

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).contains("x-amz-content-sha256");
    }

    @Test
    void givenUnsignedPayloadOnHeaderSignedRequest_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest request = withHeader(SdkSigning.signWithHttpSigner(stsPost()), "X-Amz-Content-Sha256",
                "UNSIGNED-PAYLOAD");

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.getMessage()).contains("UNSIGNED-PAYLOAD");
    }

    @Test
    void givenUnknownAccessKey_whenVerified_thenInvalidClientTokenId() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost()
                .credentials("AKIAUNKNOWNKEY000000", SECRET, null));

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("InvalidClientTokenId");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void givenResolverRejectsToken_whenVerified_thenResolverErrorPropagates() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost()
                .credentials(SESSION_AKID, SESSION_SECRET, "some-other-token"));

        assertThat(rejected(request).code()).isEqualTo("InvalidClientTokenId");
    }

    @Test
    void givenNoAuthorizationAndNoQuerySignature_whenVerified_thenMissingAuthenticationToken() {
        RawHttpRequest request = raw("POST", "/", "", Map.of("Host", "localhost:8080",
                "Content-Type", FORM_CONTENT_TYPE), STS_BODY);

        AwsErrorException e = rejected(request);

        assertThat(SigV4Verifier.isSigned(request)).isFalse();
        assertThat(e.code()).isEqualTo("MissingAuthenticationToken");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.getMessage()).isEqualTo("Request is missing Authentication Token");
        assertThat(resolvedKeys).isEmpty();
    }

    static Stream<Arguments> garbledAuthorizationHeaders() {
        String scope = AKID + "/20261123/us-east-1/sts/aws4_request";
        String sig = "a".repeat(64);
        return Stream.of(
                Arguments.of("AWS4-HMAC-SHA256", "Authorization header requires 'Credential' parameter."
                        + " Authorization header requires 'Signature' parameter."
                        + " Authorization header requires 'SignedHeaders' parameter."),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + scope + ", SignedHeaders=host;x-amz-date",
                        "Authorization header requires 'Signature' parameter."),
                Arguments.of("AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=" + sig,
                        "Authorization header requires 'Credential' parameter."),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + scope + ", Signature=" + sig,
                        "Authorization header requires 'SignedHeaders' parameter."),
                Arguments.of("Bearer eyJhbGciOiJIUzI1NiJ9", "Authorization header requires 'Credential' parameter."),
                Arguments.of("AWS " + AKID + ":frJIUN8DYpKDtOLCwo//yllqDzg=",
                        "Authorization header requires 'Credential' parameter."),
                Arguments.of("AWS4-HMAC-SHA512 Credential=" + scope + ", SignedHeaders=host, Signature=" + sig,
                        "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'."),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + scope + " SignedHeaders=host Signature=" + sig,
                        "Authorization header requires 'Signature' parameter."),
                Arguments.of("AWS4-HMAC-SHA256 Credential" + scope + ", SignedHeaders=host, Signature=" + sig,
                        "Invalid key=value pair (missing equal-sign) in Authorization header."),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + AKID + "/20261123/us-east-1/sts, SignedHeaders=host,"
                        + " Signature=" + sig, "Credential is mal-formed"),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + AKID + "/20261123//sts/aws4_request,"
                        + " SignedHeaders=host, Signature=" + sig, "Credential should be scoped to a valid region."),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + AKID + "/20261123/us-east-1/STS?/aws4_request,"
                        + " SignedHeaders=host, Signature=" + sig, "Credential should be scoped to correct service."),
                Arguments.of("AWS4-HMAC-SHA256 Credential=" + AKID + "/20261123/us-east-1/sts/aws5_request,"
                        + " SignedHeaders=host, Signature=" + sig,
                        "Credential should be scoped with a valid terminator: 'aws4_request'."));
    }

    @ParameterizedTest
    @MethodSource("garbledAuthorizationHeaders")
    void givenGarbledAuthorizationHeader_whenVerified_thenIncompleteSignature(String authorization, String message) {
        RawHttpRequest request = withHeader(SdkSigning.signWithHttpSigner(stsPost()), "Authorization", authorization);

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains(message);
        assertThat(resolvedKeys).as("no key lookup for a garbled header").isEmpty();
    }

    @Test
    void givenNoDateHeaders_whenVerified_thenIncompleteSignature() {
        RawHttpRequest request = withHeader(SdkSigning.signWithHttpSigner(stsPost()), "X-Amz-Date", null);

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    @Test
    void givenXAmzDateInTheRightShapeThatIsNoDate_whenVerified_thenIncompleteSignature() {
        for (String noDate : new String[] {"20260230T040000Z", "20261323T040000Z", "20261123T240000Z", "20261123T045960Z"}) {
            RawHttpRequest request = withHeader(SdkSigning.signWithHttpSigner(stsPost()), "X-Amz-Date", noDate);

            AwsErrorException e = rejected(request);

            assertThat(e.code()).isEqualTo("IncompleteSignature");
            assertThat(e.getMessage()).startsWith("Date must be in ISO-8601 'basic format'. Got '" + noDate + "'");
        }
    }

    @Test
    void givenMalformedXAmzDate_whenVerified_thenIncompleteSignature() {
        RawHttpRequest request = withHeader(SdkSigning.signWithHttpSigner(stsPost()), "X-Amz-Date",
                "2026-11-23T04:00:00Z");

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.getMessage()).startsWith("Date must be in ISO-8601 'basic format'.");
    }

    @Test
    void givenClockSkewOfSixMinutesIntoThePast_whenVerified_thenRequestExpired() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost().at(NOW.minus(Duration.ofMinutes(6))));

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("RequestExpired");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Signature expired: 20261123T035400Z is now earlier than"
                + " 20261123T035500Z (20261123T040000Z - 5 min.)");
        assertThat(resolvedKeys).isEmpty();
    }

    @Test
    void givenClockSkewOfSixMinutesIntoTheFuture_whenVerified_thenRequestExpired() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost().at(NOW.plus(Duration.ofMinutes(6))));

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("RequestExpired");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Signature not yet current: 20261123T040600Z is still later than"
                + " 20261123T040500Z (20261123T040000Z + 5 min.)");
    }

    @Test
    void givenExpiredPresignedUrl_whenVerified_thenRequestExpired() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(Spec.get(ENDPOINT + "?Action=GetCallerIdentity")
                .at(NOW.minus(Duration.ofMinutes(2))).credentials(AKID, SECRET, null)
                .presigned(Duration.ofSeconds(60)));

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("RequestExpired");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("Request has expired.");
    }

    @Test
    void givenPresignedUrlMissingParameters_whenVerified_thenIncompleteSignature() {
        RawHttpRequest request = raw("GET", "/", "Action=GetCallerIdentity&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Signature=" + "a".repeat(64), Map.of("Host", "localhost:8080"), "");

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("AWS query-string parameters must include 'X-Amz-Credential'."
                + " AWS query-string parameters must include 'X-Amz-SignedHeaders'."
                + " AWS query-string parameters must include 'X-Amz-Date'. Re-examine the query-string parameters.");
    }

    @Test
    void givenScopeDateDifferentFromXAmzDate_whenVerified_thenIncompleteSignature() {
        RawHttpRequest request = botocoreStsPost(NOW, "20261122", List.of("content-type", "host", "x-amz-date"),
                null, STS_BODY);

        AwsErrorException e = rejected(request);

        assertThat(e.code()).isEqualTo("IncompleteSignature");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("Date in Credential scope does not match YYYYMMDD from ISO-8601 version"
                + " of date from HTTP: '20261122' != '20261123', from '20261123T040000Z'.");
    }

    @Test
    void givenBothHeaderAndQuerySignature_whenVerified_thenIncompleteSignature() {
        RawHttpRequest request = SdkSigning.signWithHttpSigner(stsPost());

        AwsErrorException e = rejected(withQuery(request, "X-Amz-Signature=" + "b".repeat(64)));

        assertThat(e.code()).isEqualTo("IncompleteSignature");
    }

    @Test
    void givenNonHexSignature_whenVerified_thenSignatureDoesNotMatch() {
        RawHttpRequest signed = SdkSigning.signWithHttpSigner(stsPost());
        String auth = signed.header("Authorization").orElseThrow().replaceAll("Signature=[0-9a-f]+", "Signature=zz");

        assertThat(rejected(withHeader(signed, "Authorization", auth)).code()).isEqualTo("SignatureDoesNotMatch");
    }

    // ---- no secrets anywhere ------------------------------------------------------------------------------------

    @Test
    void givenEveryFailure_whenMessagesAndToStringsInspected_thenNoSecretOrSessionToken() {
        List<RawHttpRequest> failing = new ArrayList<>();
        Spec session = stsPost().credentials(SESSION_AKID, SESSION_SECRET, SESSION_TOKEN);
        failing.add(SdkSigning.signWithHttpSigner(session.credentials(SESSION_AKID, SECRET, SESSION_TOKEN)));
        failing.add(withBody(SdkSigning.signWithHttpSigner(session), "Action=Other"));
        failing.add(withHeader(SdkSigning.signWithHttpSigner(session), "X-Amz-Content-Sha256", "0".repeat(64)));
        failing.add(SdkSigning.signWithHttpSigner(session.at(NOW.minus(Duration.ofHours(1)))));
        failing.add(SdkSigning.signWithHttpSigner(session.credentials("ASIAUNKNOWN000000000", SESSION_SECRET,
                SESSION_TOKEN)));
        failing.add(withHeader(SdkSigning.signWithHttpSigner(session), "Authorization", "AWS4-HMAC-SHA256 x"));
        failing.add(SdkSigning.signWithHttpSigner(Spec.get(ENDPOINT + "?Action=GetCallerIdentity")
                .at(NOW.minus(Duration.ofHours(1))).credentials(SESSION_AKID, SESSION_SECRET, SESSION_TOKEN)
                .presigned(Duration.ofMinutes(1))));

        for (RawHttpRequest r : failing) {
            AwsErrorException e = rejected(r);
            assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(SESSION_SECRET)
                    .doesNotContain(SESSION_TOKEN).doesNotContain("FwoGZXIv");
            assertThat(e.toString()).doesNotContain(SESSION_TOKEN).doesNotContain(SESSION_SECRET);
        }

        VerifiedRequest<String> ok = verifier.verify(SdkSigning.signWithHttpSigner(session));
        assertThat(ok.toString()).doesNotContain(SESSION_TOKEN).contains("sessionToken=****");
        assertThat(new SigningKey<>(SECRET, "p").toString()).doesNotContain(SECRET).contains("principal=p");
    }

    @Test
    void givenVerifierUsedFromManyThreads_whenVerified_thenAllAccepted() throws Exception {
        List<RawHttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(SdkSigning.signWithHttpSigner(stsPost().at(NOW.minusSeconds(i))
                    .scope(i % 2 == 0 ? "us-east-1" : "eu-west-3", "sts")));
        }
        Map<Integer, String> results = new HashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                for (int n = 0; n < 200; n++) {
                    verifier.verify(requests.get(n % requests.size()));
                }
                synchronized (results) {
                    results.put(id, "ok");
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).hasSize(4);
    }
}
