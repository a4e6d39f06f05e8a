package dev.idcenter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.query.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The audit trail in CloudTrail's shape, read back with the real SDK's CloudTrail LookupEvents (AUDIT-1). */
class AuditTrailIT extends ServerTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OTHER_ACCOUNT = "444455556666";

    @Autowired
    AuditLog auditLog;

    // AUDIT-1: who called, with which key, what was asked and answered; the issued key id, never its secret.
    @Test
    void givenUserWithKey_whenItCalls_thenLookupEventsShowsCloudTrailRecordsWithoutTheSecret() throws Exception {
        String name = unique("audited");
        try (IamClient iam = iam(root()); CloudTrailClient cloudTrail = cloudTrail()) {
            iam.createUser(b -> b.userName(name));
            iam.putUserPolicy(b -> b.userName(name).policyName("self").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}"""));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            String getUserRequestId;
            try (IamClient asUser = iam(credentials(key.accessKeyId(), key.secretAccessKey()));
                 StsClient sts = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                getUserRequestId = asUser.getUser(b -> b.userName(name)).responseMetadata().requestId();
                sts.getCallerIdentity();
                // A denied call is recorded too, with its error (AUDIT-1).
                assertThatThrownBy(asUser::listRoles).isInstanceOf(software.amazon.awssdk.awscore.exception.AwsServiceException.class);
            }

            List<Event> byUser = await().atMost(Duration.ofSeconds(20)).until(() -> cloudTrail.lookupEvents(b -> b
                    .lookupAttributes(attribute(LookupAttributeKey.USERNAME, name))).events(), events -> events.size() == 3);
            assertThat(byUser).extracting(Event::eventName).containsExactly("ListRoles", "GetCallerIdentity", "GetUser");
            JsonNode denied = JSON.readTree(byUser.get(0).cloudTrailEvent());
            assertThat(denied.path("errorCode").asText()).isEqualTo("AccessDenied");
            assertThat(denied.path("errorMessage").asText()).contains("is not authorized to perform: iam:ListRoles");
            Event getUser = byUser.get(2);
            assertThat(getUser.username()).isEqualTo(name);
            assertThat(getUser.accessKeyId()).isEqualTo(key.accessKeyId());
            assertThat(getUser.readOnly()).isEqualTo("true");
            assertThat(getUser.eventSource()).isEqualTo("iam.amazonaws.com");
            JsonNode record = JSON.readTree(getUser.cloudTrailEvent());
            assertThat(record.path("eventID").asText()).isEqualTo(getUser.eventId());
            assertThat(record.path("requestID").asText()).isEqualTo(getUserRequestId);
            assertThat(record.path("eventType").asText()).isEqualTo("AwsApiCall");
            assertThat(record.path("recipientAccountId").asText()).isEqualTo(ACCOUNT_ID);
            assertThat(record.at("/userIdentity/type").asText()).isEqualTo("IAMUser");
            assertThat(record.at("/userIdentity/userName").asText()).isEqualTo(name);
            assertThat(record.at("/userIdentity/accessKeyId").asText()).isEqualTo(key.accessKeyId());
            assertThat(record.at("/requestParameters/userName").asText()).isEqualTo(name);
            // a call that only reads has no responseElements in CloudTrail; CreateAccessKey's below has them
            assertThat(record.path("responseElements").isNull()).as(record.toString()).isTrue();

            List<Event> keyCreations = cloudTrail.lookupEvents(b -> b
                    .lookupAttributes(attribute(LookupAttributeKey.EVENT_NAME, "CreateAccessKey"))).events();
            Event creation = keyCreations.stream()
                    .filter(e -> e.cloudTrailEvent().contains(key.accessKeyId())).findFirst().orElseThrow();
            JsonNode created = JSON.readTree(creation.cloudTrailEvent());
            assertThat(created.at("/userIdentity/type").asText()).isEqualTo("Root");
            assertThat(created.at("/responseElements/accessKey/accessKeyId").asText()).isEqualTo(key.accessKeyId());
            assertThat(created.at("/responseElements/accessKey/secretAccessKey").asText())
                    .isEqualTo("HIDDEN_DUE_TO_SECURITY_REASONS");
            assertThat(creation.cloudTrailEvent()).doesNotContain(key.secretAccessKey());
            assertThat(creation.readOnly()).isEqualTo("false");
        }
    }

    @Test
    void givenThreeCallsOfAUser_whenLookedUpTwoPerPage_thenNewestFirstEachOnceAndTheTokenTiedToItsQuery() {
        String name = unique("paged");
        try (IamClient iam = iam(root()); CloudTrailClient cloudTrail = cloudTrail()) {
            iam.createUser(b -> b.userName(name));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            List<String> requestIds = new ArrayList<>();
            try (StsClient sts = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                for (int i = 0; i < 3; i++) {
                    requestIds.add(sts.getCallerIdentity().responseMetadata().requestId());
                }
            }
            LookupAttribute byKey = attribute(LookupAttributeKey.ACCESS_KEY_ID, key.accessKeyId());
            await().atMost(Duration.ofSeconds(20)).until(() -> cloudTrail.lookupEvents(b -> b
                    .lookupAttributes(byKey)).events().size() == 3);

            LookupEventsResponse first = cloudTrail.lookupEvents(b -> b.lookupAttributes(byKey).maxResults(2));
            LookupEventsResponse second = cloudTrail.lookupEvents(b -> b.lookupAttributes(byKey).maxResults(2)
                    .nextToken(first.nextToken()));

            assertThat(first.events()).hasSize(2);
            assertThat(first.nextToken()).isNotNull();
            assertThat(second.events()).hasSize(1);
            assertThat(second.nextToken()).isNull();
            List<String> pagedRequestIds = new ArrayList<>();
            for (Event event : concat(first.events(), second.events())) {
                pagedRequestIds.add(readTree(event.cloudTrailEvent()).path("requestID").asText());
            }
            assertThat(pagedRequestIds).containsExactly(requestIds.get(2), requestIds.get(1), requestIds.get(0));
            assertError(() -> cloudTrail.lookupEvents(b -> b.maxResults(2).nextToken(first.nextToken())),
                    "InvalidNextTokenException", 400);
        }
    }

    @Test
    void givenInvalidLookups_whenLookedUp_thenCloudTrailErrorsNamingTheProblem() {
        try (CloudTrailClient cloudTrail = cloudTrail()) {
            assertThatThrownBy(() -> cloudTrail.lookupEvents(b -> b.lookupAttributes(
                    attribute(LookupAttributeKey.EVENT_NAME, "GetUser"), attribute(LookupAttributeKey.USERNAME, "x"))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidLookupAttributesException");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("LookupAttributes");
                    });
            assertError(() -> cloudTrail.lookupEvents(b -> b.startTime(Instant.now()).endTime(Instant.now().minusSeconds(60))),
                    "InvalidTimeRangeException", 400);
            assertError(() -> cloudTrail.lookupEvents(b -> b.maxResults(51)), "ValidationException", 400);
            assertError(() -> cloudTrail.lookupEvents(b -> b.nextToken("bm90LWEtdG9rZW4")), "InvalidNextTokenException", 400);
        }
    }

    // AUDIT-1: a call refused for bad input is recorded with its error and what was asked.
    @Test
    void givenInvalidInput_whenRefused_thenRecordedWithItsError() {
        try (IamClient iam = iam(root())) {
            String requestId = catchRequestId(() -> iam.getUser(b -> b.userName("not a valid name!")));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(auditLog.findByRequestId(requestId))
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.errorCode()).isEqualTo("ValidationError");
                        JsonNode record = readTree(entry.cloudTrailEvent());
                        assertThat(record.path("errorCode").asText()).isEqualTo("ValidationError");
                        assertThat(record.path("errorMessage").asText()).contains("userName");
                        assertThat(record.path("eventName").asText()).isEqualTo("GetUser");
                    }));
        }
    }

    // AUDIT-1: a cross-account AssumeRole (allowed or not) is one record per account with one shared event id,
    // and each account looks up only its own records.
    @Test
    void givenRoleOfAnotherAccount_whenAssumeRoleCalled_thenRecordedInBothAccountsWithOneSharedEventId() {
        String roleArn = "arn:aws:iam::" + OTHER_ACCOUNT + ":role/" + unique("audit");
        try (StsClient sts = sts(root()); CloudTrailClient cloudTrail = cloudTrail()) {
            String requestId = catchRequestId(() -> sts.assumeRole(b -> b.roleArn(roleArn).roleSessionName("audit")));

            var entries = await().atMost(Duration.ofSeconds(20))
                    .until(() -> auditLog.findByRequestId(requestId), list -> list.size() == 2);
            assertThat(entries).extracting(AuditLog.AuditEntry::recipientAccountId)
                    .containsExactlyInAnyOrder(ACCOUNT_ID, OTHER_ACCOUNT);
            assertThat(entries).extracting(AuditLog.AuditEntry::sharedEventId).doesNotContainNull()
                    .containsOnly(entries.get(0).sharedEventId());
            var inOtherAccount = entries.stream().filter(e -> OTHER_ACCOUNT.equals(e.recipientAccountId()))
                    .findFirst().orElseThrow();
            JsonNode otherRecord = readTree(inOtherAccount.cloudTrailEvent());
            assertThat(otherRecord.at("/userIdentity/type").asText()).isEqualTo("AWSAccount");
            assertThat(otherRecord.at("/userIdentity/accountId").asText()).isEqualTo(ACCOUNT_ID);
            assertThat(otherRecord.at("/requestParameters/roleArn").asText()).isEqualTo(roleArn);
            assertThat(otherRecord.path("sharedEventID").asText()).isEqualTo(inOtherAccount.sharedEventId());

            assertThat(cloudTrail.lookupEvents(b -> b.lookupAttributes(
                    attribute(LookupAttributeKey.EVENT_ID, inOtherAccount.eventId()))).events()).isEmpty();
            var own = entries.stream().filter(e -> ACCOUNT_ID.equals(e.recipientAccountId())).findFirst().orElseThrow();
            assertThat(cloudTrail.lookupEvents(b -> b.lookupAttributes(
                    attribute(LookupAttributeKey.EVENT_ID, own.eventId()))).events()).singleElement()
                    .satisfies(event -> assertThat(readTree(event.cloudTrailEvent()).at("/userIdentity/type").asText())
                            .isEqualTo("Root"));
            // the role is the call's resource, by which it can be looked up
            assertThat(cloudTrail.lookupEvents(b -> b.lookupAttributes(
                    attribute(LookupAttributeKey.RESOURCE_NAME, roleArn))).events()).singleElement().satisfies(event -> {
                        assertThat(event.eventId()).isEqualTo(own.eventId());
                        assertThat(event.resources()).singleElement().satisfies(resource -> {
                            assertThat(resource.resourceType()).isEqualTo("AWS::IAM::Role");
                            assertThat(resource.resourceName()).isEqualTo(roleArn);
                        });
                        assertThat(readTree(event.cloudTrailEvent()).at("/resources/0/accountId").asText())
                                .isEqualTo(OTHER_ACCOUNT);
                    });
        }
    }

    private CloudTrailClient cloudTrail() {
        return CloudTrailClient.builder().endpointOverride(endpoint()).region(Region.EU_WEST_3)
                .credentialsProvider(root()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static LookupAttribute attribute(LookupAttributeKey key, String value) {
        return LookupAttribute.builder().attributeKey(key).attributeValue(value).build();
    }

    private static String catchRequestId(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected the call to fail");
        } catch (AwsServiceException e) {
            return e.requestId();
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
