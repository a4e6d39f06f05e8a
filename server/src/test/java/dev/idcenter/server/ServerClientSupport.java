package dev.idcenter.server;

import dev.idcenter.infra.test.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole server on a random port, called over HTTP by the real AWS SDK. Which database it runs on is the
 * subclass's choice: {@link ServerTestSupport} shares one among all tests that can share it.
 */
@SpringBootTest(classes = IdentityCenterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
public abstract class ServerClientSupport {

    protected static final String ACCOUNT_ID = "111122223333";
    protected static final String ROOT_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    protected static final String ROOT_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    /** A master key that was current before k1 (rotation), as {@code id:base64}. */
    protected static final String ROTATED_MASTER_KEYS = "k0:" + Base64.getEncoder().encodeToString(
            "an older master key of 32 bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    @LocalServerPort
    protected int port;

    /** The properties of a server with a fixed management account and root key on {@code database}. */
    protected static void serverProperties(DynamicPropertyRegistry registry, TestDatabase database) {
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("idc.data-dir", () -> "target/test-data/" + UUID.randomUUID());
        // Two keys, k1 current: k0 stands for a key rotated away from, whose sessions must keep working.
        registry.add("idc.master-keys", () -> ROTATED_MASTER_KEYS + ",k1:" + Base64.getEncoder().encodeToString(new byte[32]));
        registry.add("idc.bootstrap.management-account-id", () -> ACCOUNT_ID);
        registry.add("idc.bootstrap.root-access-key-id", () -> ROOT_ACCESS_KEY_ID);
        registry.add("idc.bootstrap.root-secret-access-key", () -> ROOT_SECRET);
    }

    protected URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    protected static AwsCredentialsProvider root() {
        return credentials(ROOT_ACCESS_KEY_ID, ROOT_SECRET);
    }

    protected static AwsCredentialsProvider credentials(String accessKeyId, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret));
    }

    protected StsClient sts(AwsCredentialsProvider credentials) {
        return StsClient.builder().endpointOverride(endpoint()).region(Region.EU_WEST_3)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    protected IamClient iam(AwsCredentialsProvider credentials) {
        return IamClient.builder().endpointOverride(endpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    protected OrganizationsClient organizations(AwsCredentialsProvider credentials) {
        return OrganizationsClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** {@code prefix} and 8 random characters: a name no other test uses. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Asserts that {@code call} fails with the AWS error {@code code} and HTTP status {@code status}. */
    protected static void assertError(Runnable call, String code, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(status);
        });
    }
}
