package dev.idcenter.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.OperationCall;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.ServiceRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What an audit record holds, and what it never holds (AUDIT-1). */
class AuditRecordsTest {

    private static final ServiceRegistry MODELS = ServiceRegistry.loadDefault();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String ACCOUNT = "111122223333";
    private static final String OTHER_ACCOUNT = "444455556666";
    private static final Instant AT = Instant.parse("2026-11-23T06:00:00Z");
    private static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY";
    private static final String SESSION_TOKEN = "FwoGZXIvYXdzEBYaDHqa0AP1/+/+/SESSIONTOKENSEALEDBLOB==";
    private static final String PASSWORD = "Corr3ct-Horse-Battery!";
    private static final List<String> SECRETS = List.of(SECRET_ACCESS_KEY, SESSION_TOKEN, PASSWORD, "Old-Pa55word!",
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", "-----BEGIN RSA PRIVATE KEY-----",
            "918273", "564738", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3ZWIifQ.c2lnbmF0dXJl", "PHNhbWxwOlJlc3BvbnNlPg==",
            "246810");

    private final User alice = new User();

    // AUDIT-1: secrets never reach the audit trail, whichever operation carries them, in or out.
    @Test
    void givenCallsCarryingRealLookingSecrets_whenRecorded_thenNoSecretReachesTheEventJson() throws Exception {
        List<AuditedCall> calls = List.of(
                call("iam", "CreateLoginProfile", input("UserName", "alice", "Password", PASSWORD), null),
                call("iam", "ChangePassword", input("OldPassword", "Old-Pa55word!", "NewPassword", PASSWORD), null),
                call("iam", "CreateAccessKey", input("UserName", "alice"), output("AccessKey",
                        input("UserName", "alice", "AccessKeyId", "AKIAEXAMPLEUSERKEY01", "Status", "Active",
                                "SecretAccessKey", SECRET_ACCESS_KEY, "CreateDate", AT.toString()))),
                call("iam", "CreateVirtualMFADevice", input("VirtualMFADeviceName", "phone"), output("VirtualMFADevice",
                        input("SerialNumber", "arn:aws:iam::111122223333:mfa/phone",
                                "Base32StringSeed", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
                                "QRCodePNG", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"))),
                call("iam", "EnableMFADevice", input("UserName", "alice", "SerialNumber", "arn:aws:iam::111122223333:mfa/phone",
                        "AuthenticationCode1", "918273", "AuthenticationCode2", "564738"), null),
                call("iam", "UploadServerCertificate", input("ServerCertificateName", "web", "CertificateBody",
                        "-----BEGIN CERTIFICATE-----", "PrivateKey", "-----BEGIN RSA PRIVATE KEY-----"), null),
                call("sts", "AssumeRole", input("RoleArn", "arn:aws:iam::111122223333:role/deployer",
                        "RoleSessionName", "build", "SerialNumber", "arn:aws:iam::111122223333:mfa/phone",
                        "TokenCode", "246810"), credentialsOutput()),
                call("sts", "GetSessionToken", input("DurationSeconds", 900), credentialsOutput()),
                call("sts", "AssumeRoleWithWebIdentity", input("RoleArn", "arn:aws:iam::111122223333:role/web",
                        "RoleSessionName", "w", "WebIdentityToken", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3ZWIifQ.c2lnbmF0dXJl"),
                        credentialsOutput()),
                call("sts", "AssumeRoleWithSAML", input("RoleArn", "arn:aws:iam::111122223333:role/saml",
                        "PrincipalArn", "arn:aws:iam::111122223333:saml-provider/idp",
                        "SAMLAssertion", "PHNhbWxwOlJlc3BvbnNlPg=="), credentialsOutput()));

        for (AuditedCall call : calls) {
            for (ApiCallRecorded record : AuditRecords.of(call, ids())) {
                String json = JSON.writeValueAsString(record);
                assertThat(SECRETS).as(call.operation().actionName()).noneMatch(json::contains);
            }
        }
    }

    @Test
    void givenAssumeRoleResponse_whenRecorded_thenCredentialsKeepOnlyAccessKeyIdAndExpiration() throws Exception {
        AuditedCall call = call("sts", "AssumeRole", input("RoleArn", "arn:aws:iam::111122223333:role/deployer",
                "RoleSessionName", "build", "DurationSeconds", 900), credentialsOutput());

        ApiCallRecorded record = AuditRecords.of(call, ids()).get(0);

        // CloudTrail's member names: lowerCamel of the service's own (AUDIT-1).
        assertThat(JSON.readTree(record.requestParameters())).isEqualTo(JSON.readTree(
                "{\"roleArn\":\"arn:aws:iam::111122223333:role/deployer\",\"roleSessionName\":\"build\",\"durationSeconds\":900}"));
        JsonNode response = JSON.readTree(record.responseElements());
        assertThat(response.get("credentials")).isEqualTo(JSON.readTree(
                "{\"accessKeyId\":\"ASIAEXAMPLESESSION01\",\"expiration\":\"2026-11-23T07:00:00Z\"}"));
        assertThat(response.at("/assumedRoleUser/arn").asText())
                .isEqualTo("arn:aws:sts::111122223333:assumed-role/deployer/build");
        assertThat(record.readOnly()).isTrue();
        assertThat(record.recipientAccountId()).isEqualTo(ACCOUNT);
        assertThat(record.sharedEventId()).isNull();
    }

    @Test
    void givenLoginProfile_whenRecorded_thenThePasswordIsHiddenAndTheRestKept() throws Exception {
        ApiCallRecorded record = AuditRecords.of(call("iam", "CreateLoginProfile",
                input("UserName", "alice", "Password", PASSWORD, "PasswordResetRequired", true), null), ids()).get(0);

        assertThat(JSON.readTree(record.requestParameters())).isEqualTo(JSON.readTree(
                "{\"userName\":\"alice\",\"password\":\"HIDDEN_DUE_TO_SECURITY_REASONS\",\"passwordResetRequired\":true}"));
        assertThat(record.readOnly()).isFalse();
    }

    // AUDIT-1, as CloudTrail records it: a call that only reads has no responseElements (GetUserPolicy's record in
    // the IAM User Guide); a call that changes something, and STS's credential calls, keep theirs.
    @Test
    void givenReadOnlyIamCall_whenRecorded_thenNoResponseElementsButItsRequestParameters() throws Exception {
        ObjectNode role = output("Role", input("RoleName", "deployer", "Arn", "arn:aws:iam::111122223333:role/deployer"));

        ApiCallRecorded read = AuditRecords.of(call("iam", "GetRole", input("RoleName", "deployer"), role), ids()).get(0);
        ApiCallRecorded created = AuditRecords.of(call("iam", "CreateRole", input("RoleName", "deployer"), role),
                ids()).get(0);

        assertThat(read.readOnly()).isTrue();
        assertThat(read.responseElements()).isNull();
        assertThat(JSON.readTree(read.requestParameters())).isEqualTo(JSON.readTree("{\"roleName\":\"deployer\"}"));
        assertThat(JSON.readTree(created.responseElements()).at("/role/roleName").asText()).isEqualTo("deployer");
    }

    @Test
    void givenTemporaryCredentials_whenRecorded_thenUserIdentityCarriesTheSessionContext() {
        var session = new SessionContext(SessionContext.Kind.ASSUMED_ROLE, "s-1", "Role", "AROAEXAMPLEROLEID0001",
                "arn:aws:iam::111122223333:role/ci/deployer", ACCOUNT, "build", AT.minusSeconds(60),
                AT.plusSeconds(3600), true, "alice", null, List.of(), Map.of(), null, null,
                "arn:aws:iam::111122223333:user/alice");
        Caller caller = new Caller("AssumedRole", "AROAEXAMPLEROLEID0001:build",
                "arn:aws:sts::111122223333:assumed-role/deployer/build", ACCOUNT, "ASIAEXAMPLESESSION01", session);

        ApiCallRecorded record = AuditRecords.of(call("iam", "GetRole", input("RoleName", "deployer"), null, caller),
                ids()).get(0);

        var identity = record.caller();
        assertThat(identity.type()).isEqualTo("AssumedRole");
        assertThat(identity.accessKeyId()).isEqualTo("ASIAEXAMPLESESSION01");
        assertThat(identity.sessionContext().sessionIssuer().arn()).isEqualTo("arn:aws:iam::111122223333:role/ci/deployer");
        assertThat(identity.sessionContext().sessionIssuer().userName()).isEqualTo("deployer");
        assertThat(identity.sessionContext().sessionIssuer().type()).isEqualTo("Role");
        assertThat(identity.sessionContext().attributes().creationDate()).isEqualTo(AT.minusSeconds(60));
        assertThat(identity.sessionContext().attributes().mfaAuthenticated()).isTrue();
        assertThat(identity.sessionContext().sourceIdentity()).isEqualTo("alice");
    }

    @Test
    void givenLongTermUserKey_whenRecorded_thenIamUserWithUserNameAndNoSession() {
        ApiCallRecorded record = AuditRecords.of(call("iam", "ListRoles", input(), null), ids()).get(0);

        assertThat(record.caller().type()).isEqualTo("IAMUser");
        assertThat(record.caller().userName()).isEqualTo("alice");
        assertThat(record.caller().sessionContext()).isNull();
        assertThat(record.requestParameters()).isNull();
    }

    // AUDIT-1: a cross-account AssumeRole is recorded in both accounts with one shared event id.
    @Test
    void givenRoleInAnotherAccount_whenAssumeRoleRecorded_thenOneRecordPerAccountSharingAnEventId() {
        AuditedCall call = call("sts", "AssumeRole", input("RoleArn", "arn:aws:iam::" + OTHER_ACCOUNT + ":role/audit",
                "RoleSessionName", "x"), credentialsOutput());

        List<ApiCallRecorded> records = AuditRecords.of(call, ids());

        assertThat(records).hasSize(2);
        assertThat(records).extracting(ApiCallRecorded::recipientAccountId).containsExactly(ACCOUNT, OTHER_ACCOUNT);
        assertThat(records.get(0).sharedEventId()).isNotNull().isEqualTo(records.get(1).sharedEventId());
        assertThat(records).extracting(ApiCallRecorded::eventId).doesNotHaveDuplicates()
                .doesNotContain(records.get(0).sharedEventId());
        assertThat(records.get(0).caller().arn()).isEqualTo("arn:aws:iam::111122223333:user/alice");
        assertThat(records.get(1).caller().type()).isEqualTo("AWSAccount");
        assertThat(records.get(1).caller().accountId()).isEqualTo(ACCOUNT);
        assertThat(records.get(1).caller().accessKeyId()).isNull();
    }

    @Test
    void givenCrossAccountAssumeRoleDenied_whenRecorded_thenBothAccountsSeeTheError() {
        AuditedCall denied = new AuditedCall("req-1", AT, request(), "sts.amazonaws.com",
                operation("sts", "AssumeRole"), alice.caller, "us-east-1",
                input("RoleArn", "arn:aws:iam::" + OTHER_ACCOUNT + ":role/audit", "RoleSessionName", "x"), null,
                new AwsErrorException("AccessDenied", 403, "User is not authorized to perform: sts:AssumeRole"));

        List<ApiCallRecorded> records = AuditRecords.of(denied, ids());

        assertThat(records).extracting(ApiCallRecorded::errorCode).containsExactly("AccessDenied", "AccessDenied");
        assertThat(records).extracting(ApiCallRecorded::responseElements).containsOnlyNulls();
        assertThat(records).extracting(ApiCallRecorded::recipientAccountId).containsExactly(ACCOUNT, OTHER_ACCOUNT);
    }

    @Test
    void givenUnauthenticatedCall_whenRecorded_thenUnknownCallerWithTheClaimedKey() {
        var request = new RawHttpRequest("POST", "/", "", Map.of("Authorization", List.of(
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261123/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00")),
                new byte[0], "127.0.0.1");
        AuditedCall call = new AuditedCall("req-2", AT, request, "sts.amazonaws.com", null, null, null, null, null,
                new AwsErrorException("SignatureDoesNotMatch", 403, "signature"));

        ApiCallRecorded record = AuditRecords.of(call, ids()).get(0);

        assertThat(record.caller().type()).isEqualTo("Unknown");
        assertThat(record.caller().accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(record.eventName()).isNull();
        assertThat(record.recipientAccountId()).isNull();
        assertThat(record.errorCode()).isEqualTo("SignatureDoesNotMatch");
    }

    private AuditedCall call(String service, String operation, ObjectNode input, JsonNode output) {
        return call(service, operation, input, output, alice.caller);
    }

    private AuditedCall call(String service, String operation, ObjectNode input, JsonNode output, Caller caller) {
        return new AuditedCall("req-" + operation, AT, request(), service + ".amazonaws.com",
                operation(service, operation), caller, "us-east-1", input, output, null);
    }

    private static OperationCall operation(String service, String name) {
        var model = MODELS.bySigningName(service).orElseThrow();
        return new OperationCall(model, model.operation(name).orElseThrow());
    }

    private static RawHttpRequest request() {
        return new RawHttpRequest("POST", "/", "", Map.of("User-Agent", List.of("aws-sdk-java/2")), new byte[0],
                "127.0.0.1");
    }

    private static ObjectNode credentialsOutput() {
        return output("Credentials", input("AccessKeyId", "ASIAEXAMPLESESSION01", "SecretAccessKey", SECRET_ACCESS_KEY,
                "SessionToken", SESSION_TOKEN, "Expiration", "2026-11-23T07:00:00Z"))
                .set("AssumedRoleUser", input("AssumedRoleId", "AROAEXAMPLEROLEID0001:build",
                        "Arn", "arn:aws:sts::111122223333:assumed-role/deployer/build"));
    }

    private static ObjectNode output(String member, JsonNode value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(member, value);
        return node;
    }

    private static ObjectNode input(Object... namesAndValues) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return node;
    }

    private static Supplier<String> ids() {
        AtomicInteger next = new AtomicInteger();
        return () -> "00000000-0000-4000-8000-" + String.format("%012d", next.incrementAndGet());
    }

    private static final class User {
        final Caller caller = new Caller("IAMUser", "AIDAEXAMPLEUSERID0001", "arn:aws:iam::111122223333:user/alice",
                ACCOUNT, "AKIAEXAMPLEUSERKEY01");
    }
}
