package dev.idcenter.server;

import dev.idcenter.query.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The first operation end to end: SigV4 in, AWS XML out, an audit record through the event store to the query side. */
class GetCallerIdentityIT extends ServerTestSupport {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givenRootKey_whenGetCallerIdentity_thenManagementAccountRootArn() {
        try (var sts = sts(root())) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            assertThat(identity.account()).isEqualTo(ACCOUNT_ID);
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":root");
            assertThat(identity.userId()).isEqualTo(ACCOUNT_ID);
            String requestId = identity.responseMetadata().requestId();
            // AUDIT-1: the call is recorded, stored as an event and projected by the query side.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(auditLog.findByRequestId(requestId))
                    .singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.eventSource()).isEqualTo("sts.amazonaws.com");
                        assertThat(entry.eventName()).isEqualTo("GetCallerIdentity");
                        assertThat(entry.identityType()).isEqualTo("Root");
                        assertThat(entry.principalArn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":root");
                        assertThat(entry.accessKeyId()).isEqualTo(ROOT_ACCESS_KEY_ID);
                        assertThat(entry.sourceIpAddress()).isEqualTo("127.0.0.1");
                        assertThat(entry.errorCode()).isNull();
                    }));
        }
    }

    @Test
    void givenWrongSecret_whenGetCallerIdentity_thenSignatureDoesNotMatchAndOnlyTheAuditIsStored() {
        long eventsBefore = nonAuditEvents();
        try (var sts = sts(credentials(ROOT_ACCESS_KEY_ID, "x" + ROOT_SECRET.substring(1)))) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.getMessage()).doesNotContain(ROOT_SECRET.substring(1));
                        String requestId = e.requestId();
                        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                                assertThat(auditLog.findByRequestId(requestId)).singleElement().satisfies(entry -> {
                                    assertThat(entry.errorCode()).isEqualTo("SignatureDoesNotMatch");
                                    assertThat(entry.identityType()).isEqualTo("Unknown");
                                    assertThat(entry.accessKeyId()).isEqualTo(ROOT_ACCESS_KEY_ID);
                                }));
                    });
        }
        assertThat(nonAuditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void givenUnknownAccessKey_whenGetCallerIdentity_thenInvalidClientTokenId() {
        try (var sts = sts(credentials("AKIAAAAAAAAAAAAAAAAA", ROOT_SECRET))) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                        assertThat(e.statusCode()).isEqualTo(403);
                    });
        }
    }

    @Test
    void givenNoCredentials_whenGetCallerIdentity_thenMissingAuthenticationToken() {
        try (var sts = sts(AnonymousCredentialsProvider.create())) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MissingAuthenticationToken");
                        assertThat(e.statusCode()).isEqualTo(403);
                    });
        }
    }

    @Test
    void givenHugeUserAgentAndUnauthenticatedCall_whenRefused_thenTheAuditRowStillExists() throws Exception {
        // A client chooses its User-Agent: no length of it may cost the call its audit record (AUDIT-1).
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(endpoint())
                        .header("User-Agent", "x".repeat(5000))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Action=GetCallerIdentity&Version=2011-06-15"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();

        assertThat(response.statusCode()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(auditLog.findByRequestId(requestId))
                .singleElement()
                .extracting(AuditLog.AuditEntry::errorCode).isEqualTo("MissingAuthenticationToken"));
    }

    private long nonAuditEvents() {
        return jdbc.sql("select count(*) from command.domain_event_entry where type <> 'ApiCall'").query(Long.class).single();
    }
}
