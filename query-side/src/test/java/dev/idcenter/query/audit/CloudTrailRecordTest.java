package dev.idcenter.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.events.audit.CallerIdentity;
import dev.idcenter.events.audit.CallerSession;
import dev.idcenter.events.audit.SessionAttributes;
import dev.idcenter.events.audit.SessionIssuer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit event as CloudTrail's JSON record, as LookupEvents returns it (AUDIT-1, AUDIT-2). */
class CloudTrailRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-23T06:00:00.123456Z");

    @Test
    void givenCallWithTemporaryCredentials_whenRendered_thenUserIdentityHasCloudTrailsSessionContext() throws Exception {
        var caller = new CallerIdentity("AssumedRole", "AROAEXAMPLEROLEID0001:build",
                "arn:aws:sts::111122223333:assumed-role/deployer/build", "111122223333", "ASIAEXAMPLESESSION01", null,
                new CallerSession(new SessionIssuer("Role", "AROAEXAMPLEROLEID0001",
                        "arn:aws:iam::111122223333:role/ci/deployer", "111122223333", "deployer"),
                        new SessionAttributes(Instant.parse("2026-11-23T05:59:00Z"), false), "alice"));
        var event = new ApiCallRecorded("e-1", "r-1", AT, "iam.amazonaws.com", "GetRole", "AwsApiCall", true,
                "us-east-1", "127.0.0.1", "aws-cli/2", caller, "111122223333", "{\"roleName\":\"deployer\"}", null,
                null, null, null);

        JsonNode record = JSON.readTree(CloudTrailRecord.json(event, JSON));

        assertThat(record.at("/userIdentity/sessionContext/sessionIssuer/arn").asText())
                .isEqualTo("arn:aws:iam::111122223333:role/ci/deployer");
        assertThat(record.at("/userIdentity/sessionContext/sessionIssuer/userName").asText()).isEqualTo("deployer");
        assertThat(record.at("/userIdentity/sessionContext/attributes/creationDate").asText()).isEqualTo("2026-11-23T05:59:00Z");
        // CloudTrail writes the MFA flag as a string
        assertThat(record.at("/userIdentity/sessionContext/attributes/mfaAuthenticated").isTextual()).isTrue();
        assertThat(record.at("/userIdentity/sessionContext/attributes/mfaAuthenticated").asText()).isEqualTo("false");
        assertThat(record.at("/userIdentity/sessionContext/sourceIdentity").asText()).isEqualTo("alice");
        assertThat(record.path("eventTime").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(record.path("requestParameters").path("roleName").asText()).isEqualTo("deployer");
        assertThat(record.has("responseElements")).isTrue();
        assertThat(record.path("responseElements").isNull()).isTrue();
        assertThat(record.has("errorCode")).isFalse();
        assertThat(record.has("sharedEventID")).isFalse();
        assertThat(record.path("readOnly").asBoolean()).isTrue();
        assertThat(CloudTrailRecord.username(caller)).isEqualTo("build");
    }

    @Test
    void givenAssumeRole_whenRendered_thenTheRoleIsItsResource() throws Exception {
        var event = new ApiCallRecorded("e-2", "r-2", AT, "sts.amazonaws.com", "AssumeRole", "AwsApiCall", true,
                "us-east-1", "127.0.0.1", "aws-cli/2", CallerIdentity.unknown(null), "444455556666",
                "{\"roleArn\":\"arn:aws:iam::444455556666:role/audit\",\"roleSessionName\":\"x\"}", null,
                "AccessDenied", "denied", "s-1");

        JsonNode record = JSON.readTree(CloudTrailRecord.json(event, JSON));

        assertThat(record.at("/resources/0/ARN").asText()).isEqualTo("arn:aws:iam::444455556666:role/audit");
        assertThat(record.at("/resources/0/accountId").asText()).isEqualTo("444455556666");
        assertThat(record.at("/resources/0/type").asText()).isEqualTo("AWS::IAM::Role");
        assertThat(record.path("sharedEventID").asText()).isEqualTo("s-1");
        assertThat(record.path("errorCode").asText()).isEqualTo("AccessDenied");
    }

    @Test
    void givenUnauthenticatedStsCallNamingNoOperation_whenRendered_thenNoResourceAndUnknownCaller() throws Exception {
        var event = new ApiCallRecorded("e-3", "r-3", AT, "sts.amazonaws.com", null, "AwsApiCall", false, null,
                "127.0.0.1", null, CallerIdentity.unknown(null), null, null, null, "MissingAuthenticationToken",
                "missing", null);

        JsonNode record = JSON.readTree(CloudTrailRecord.json(event, JSON));

        assertThat(record.has("resources")).isFalse();
        assertThat(record.has("eventName")).isFalse();
        assertThat(record.at("/userIdentity/type").asText()).isEqualTo("Unknown");
    }

    @Test
    void givenCallers_whenNamedForLookup_thenUserNameRootOrSessionName() {
        assertThat(CloudTrailRecord.username(new CallerIdentity("Root", "1", "arn:aws:iam::111122223333:root",
                "111122223333", "AKIA"))).isEqualTo("root");
        assertThat(CloudTrailRecord.username(new CallerIdentity("IAMUser", "AIDA", "arn:aws:iam::111122223333:user/ops/bob",
                "111122223333", "AKIA"))).isEqualTo("bob");
        assertThat(CloudTrailRecord.username(CallerIdentity.unknown("AKIA"))).isNull();
        assertThat(CloudTrailRecord.username(new CallerIdentity("AWSAccount", "AIDA", null, "111122223333", null)))
                .isNull();
    }
}
