package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.ContentStreamProvider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The protocol front door as AWS clients meet it: errors in each protocol's shape, and SigV4 in every form. */
class FrontDoorIT extends ServerTestSupport {

    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void givenOperationInModelButNotImplemented_whenCalledOverAwsQuery_thenNotImplementedNamingIt() {
        try (var iam = iam(root())) {
            assertThatThrownBy(() -> iam.createSAMLProvider(b -> b.name("corp").samlMetadataDocument("x".repeat(1000))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                        assertThat(e.statusCode()).isEqualTo(501);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("iam:CreateSAMLProvider");
                    });
        }
    }

    @Test
    void givenOperationInModelButNotImplemented_whenCalledOverJson_thenNotImplementedNamingIt() {
        try (var organizations = organizations(root())) {
            assertThatThrownBy(() -> organizations.listDelegatedAdministrators(b -> { }))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                        assertThat(e.statusCode()).isEqualTo(501);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("organizations:ListDelegatedAdministrators");
                    });
        }
    }

    @Test
    void givenWrongSecret_whenCalledOverJson_thenJsonServicesNameForTheSignatureError() {
        try (var organizations = organizations(credentials(ROOT_ACCESS_KEY_ID, "x" + ROOT_SECRET.substring(1)));
             var unknown = organizations(credentials("AKIAAAAAAAAAAAAAAAAA", ROOT_SECRET))) {
            assertThatThrownBy(organizations::describeOrganization)
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
            assertThatThrownBy(unknown::describeOrganization)
                    .isInstanceOfSatisfying(AwsServiceException.class, e ->
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
        }
    }

    @Test
    void givenInvalidRoleName_whenCreateRole_thenValidationErrorNamingTheField() {
        try (var iam = iam(root())) {
            assertThatThrownBy(() -> iam.createRole(b -> b.roleName("bad name!").assumeRolePolicyDocument("{}")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value "
                                + "'bad name!' at 'roleName' failed to satisfy constraint: Member must satisfy regular "
                                + "expression pattern: [\\w+=,.@-]+");
                    });
        }
    }

    @Test
    void givenSignatureTenMinutesOld_whenCalled_thenRequestExpired() throws Exception {
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        HttpResponse<String> response = send(signedPost("Action=GetCallerIdentity&Version=2011-06-15", tenMinutesAgo));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>RequestExpired</Code>").contains("<RequestId>");
    }

    @Test
    void givenFreshSignature_whenCalledWithRawHttp_thenXmlResponseInStsNamespace() throws Exception {
        HttpResponse<String> response = send(signedPost("Action=GetCallerIdentity&Version=2011-06-15", Instant.now()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(response.body())
                .contains("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
                .contains("<Arn>arn:aws:iam::" + ACCOUNT_ID + ":root</Arn>")
                .contains("<ResponseMetadata><RequestId>");
    }

    @Test
    void givenPresignedUrl_whenFetchedWithGet_thenCallerIdentity() throws Exception {
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.GET).uri(endpoint())
                .appendRawQueryParameter("Action", "GetCallerIdentity")
                .appendRawQueryParameter("Version", "2011-06-15")
                .build();
        SignedRequest presigned = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(ROOT_ACCESS_KEY_ID, ROOT_SECRET))
                .request(unsigned)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "ap-southeast-2")
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(5)));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(presigned.request().getUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<Account>" + ACCOUNT_ID + "</Account>");
    }

    @Test
    void givenGarbledAuthorizationHeader_whenCalled_thenIncompleteSignature() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", FORM)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + ROOT_ACCESS_KEY_ID)
                .header("X-Amz-Date", "20260101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofString("Action=GetCallerIdentity&Version=2011-06-15")).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<Code>IncompleteSignature</Code>").doesNotContain("Exception");
    }

    @Test
    void givenOtherPathAndMethod_whenCalled_thenAnAwsShapedErrorNotAServletPage() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint() + "/no/such/path"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>MissingAuthenticationToken</Code>").doesNotContain("timestamp");
    }

    @Test
    void givenBodyOverOneMebibyte_whenPosted_thenRequestEntityTooLargeWithoutReadingIt() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(endpoint())
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("Action=GetCallerIdentity&Version=2011-06-15&Pad="
                        + "x".repeat(2 * 1024 * 1024)))
                .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<Code>RequestEntityTooLarge</Code>");
    }

    private HttpRequest signedPost(String body, Instant signingTime) {
        SdkHttpRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST).uri(endpoint())
                .putHeader("Content-Type", FORM)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(ROOT_ACCESS_KEY_ID, ROOT_SECRET))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
