package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.organizations.model.AccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.OrganizationsException;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.SsoAdminException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The real AWS SDK for Java v2 against route → decodeInput → success/error on a local HTTP server. */
class SdkRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CodecTestServer server;
    private static StaticCredentialsProvider credentials;

    @BeforeAll
    static void start() throws Exception {
        server = new CodecTestServer();
        credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.respondWith((c, i) -> null);
        server.lastInput.set(null);
        server.lastCall.set(null);
    }

    private static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build();
    }

    private static StsClient sts() {
        return StsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    private static IamClient iam() {
        return IamClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    private static OrganizationsClient organizations() {
        return OrganizationsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    private static SsoAdminClient ssoAdmin() {
        return SsoAdminClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ------------------------------------------------------------------ STS

    @Test
    void givenStsClient_whenGetCallerIdentity_thenSdkParsesXmlResult() {
        server.respondWith((call, input) -> json("""
                {"UserId":"AIDAEXAMPLE","Account":"123456789012","Arn":"arn:aws:iam::123456789012:user/alice"}"""));
        try (StsClient sts = sts()) {
            var response = sts.getCallerIdentity();

            assertThat(response.arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
            assertThat(response.account()).isEqualTo("123456789012");
            assertThat(response.userId()).isEqualTo("AIDAEXAMPLE");
            assertThat(response.responseMetadata().requestId()).isEqualTo("req-0001");
        }
        assertThat(server.lastCall.get().actionName()).isEqualTo("sts:GetCallerIdentity");
        assertThat(server.lastInput.get()).isEmpty();
    }

    @Test
    void givenStsAssumeRole_whenCalledWithTagsAndDuration_thenInputTreeAndCredentialsRoundTrip() {
        Instant expiration = Instant.parse("2025-01-02T03:04:05Z");
        server.respondWith((call, input) -> json("""
                {"Credentials":{"AccessKeyId":"ASIAEXAMPLE","SecretAccessKey":"s3cr3t","SessionToken":"tok",
                 "Expiration":"2025-01-02T03:04:05Z"},
                 "AssumedRoleUser":{"AssumedRoleId":"AROAEXAMPLE:sess","Arn":"arn:aws:sts::123456789012:assumed-role/r/sess"},
                 "PackedPolicySize":7}"""));
        try (StsClient sts = sts()) {
            var response = sts.assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/r").roleSessionName("sess")
                    .durationSeconds(900).tags(t -> t.key("team").value("blue"), t -> t.key("env").value("dev"))
                    .transitiveTagKeys("team"));

            assertThat(response.credentials().expiration()).isEqualTo(expiration);
            assertThat(response.credentials().accessKeyId()).isEqualTo("ASIAEXAMPLE");
            assertThat(response.assumedRoleUser().arn()).endsWith("assumed-role/r/sess");
            assertThat(response.packedPolicySize()).isEqualTo(7);
        }
        assertThat(server.lastInput.get()).isEqualTo(json("""
                {"RoleArn":"arn:aws:iam::123456789012:role/r","RoleSessionName":"sess","DurationSeconds":900,
                 "Tags":[{"Key":"team","Value":"blue"},{"Key":"env","Value":"dev"}],"TransitiveTagKeys":["team"]}"""));
    }

    @Test
    void givenStsValidationFailure_whenAssumeRoleWithShortDuration_thenStsExceptionNamesField() {
        try (StsClient sts = sts()) {
            StsException e = catchThrowableOfType(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/r")
                    .roleSessionName("sess").durationSeconds(10)), StsException.class);

            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '10' at "
                    + "'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
        }
    }

    // ------------------------------------------------------------------ IAM

    @Test
    void givenIamClient_whenCreateRole_thenInputTreeHasMembersAndSdkParsesRole() {
        server.respondWith((call, input) -> json("""
                {"Role":{"Path":"/","RoleName":"%s","RoleId":"AROAEXAMPLE","Arn":"arn:aws:iam::123456789012:role/%s",
                 "CreateDate":"2025-01-02T03:04:05Z","AssumeRolePolicyDocument":"%%7B%%7D","MaxSessionDuration":3600,
                 "Description":"a <b> & 'c' \\"d\\"","Tags":[{"Key":"k","Value":"v=1"}]}}""".formatted(input.get("RoleName").asText(),
                input.get("RoleName").asText())));
        try (IamClient iam = iam()) {
            CreateRoleResponse response = iam.createRole(r -> r.roleName("admin").path("/")
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}")
                    .maxSessionDuration(3600).tags(Tag.builder().key("k").value("v=1").build()));

            assertThat(response.role().roleName()).isEqualTo("admin");
            assertThat(response.role().createDate()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
            assertThat(response.role().maxSessionDuration()).isEqualTo(3600);
            assertThat(response.role().description()).isEqualTo("a <b> & 'c' \"d\"");
            assertThat(response.role().tags()).containsExactly(Tag.builder().key("k").value("v=1").build());
        }
        assertThat(server.lastCall.get().actionName()).isEqualTo("iam:CreateRole");
        assertThat(server.lastInput.get()).isEqualTo(json("""
                {"Path":"/","RoleName":"admin","AssumeRolePolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}",
                 "MaxSessionDuration":3600,"Tags":[{"Key":"k","Value":"v=1"}]}"""));
    }

    @Test
    void givenInvalidRoleName_whenCreateRole_thenValidationErrorNamesRoleName() {
        try (IamClient iam = iam()) {
            IamException e = catchThrowableOfType(() -> iam.createRole(r -> r.roleName("bad name!")
                    .assumeRolePolicyDocument("{}")), IamException.class);

            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value 'bad name!' at "
                    + "'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }
        assertThat(server.lastInput.get()).isNull();
    }

    @Test
    void givenMissingEntity_whenGetRole_thenSdkRaisesModeledNoSuchEntityException() {
        server.respondWith((call, input) -> {
            throw call.service().modeledError("NoSuchEntityException",
                    "The role with name " + input.get("RoleName").asText() + " cannot be found.");
        });
        try (IamClient iam = iam()) {
            NoSuchEntityException e = catchThrowableOfType(() -> iam.getRole(r -> r.roleName("ghost")),
                    NoSuchEntityException.class);

            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The role with name ghost cannot be found.");
            assertThat(e.requestId()).isEqualTo("req-0001");
        }
    }

    @Test
    void givenTwoRoles_whenListRoles_thenSdkParsesMemberList() {
        server.respondWith((call, input) -> json("""
                {"Roles":[
                  {"Path":"/","RoleName":"a","RoleId":"AROAA","Arn":"arn:aws:iam::123456789012:role/a","CreateDate":"2025-01-02T03:04:05Z"},
                  {"Path":"/x/","RoleName":"b","RoleId":"AROAB","Arn":"arn:aws:iam::123456789012:role/x/b","CreateDate":"2025-01-02T03:04:05.123Z"}],
                 "IsTruncated":true,"Marker":"m2"}"""));
        try (IamClient iam = iam()) {
            ListRolesResponse response = iam.listRoles(r -> r.pathPrefix("/").maxItems(2));

            assertThat(response.roles()).extracting(r -> r.roleName()).containsExactly("a", "b");
            assertThat(response.roles().get(1).createDate()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
            assertThat(response.isTruncated()).isTrue();
            assertThat(response.marker()).isEqualTo("m2");
        }
        assertThat(server.lastInput.get()).isEqualTo(json("{\"PathPrefix\":\"/\",\"MaxItems\":2}"));
    }

    @Test
    void givenSeveralViolations_whenListRoles_thenAllAreReportedInModelOrder() {
        try (IamClient iam = iam()) {
            IamException e = catchThrowableOfType(() -> iam.listRoles(r -> r.maxItems(0).pathPrefix("")),
                    IamException.class);

            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("3 validation errors detected: "
                    + "Value '' at 'pathPrefix' failed to satisfy constraint: Member must have length greater than or equal to 1; "
                    + "Value '' at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "\\u002F[\\u0021-\\u007F]*; "
                    + "Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
    }

    @Test
    void givenSummaryMap_whenGetAccountSummary_thenSdkParsesEntryMap() {
        server.respondWith((call, input) -> json("{\"SummaryMap\":{\"Users\":3,\"Roles\":7}}"));
        try (IamClient iam = iam()) {
            var summary = iam.getAccountSummary().summaryMap();

            assertThat(summary).containsEntry(SummaryKeyType.USERS, 3).containsEntry(SummaryKeyType.ROLES, 7);
        }
    }

    @Test
    void givenBlobAndTimestamp_whenGetCredentialReport_thenSdkDecodesBase64() {
        server.respondWith((call, input) -> json("""
                {"Content":"%s","ReportFormat":"text/csv","GeneratedTime":"2025-01-02T03:04:05Z"}""".formatted(
                java.util.Base64.getEncoder().encodeToString("user,arn\n".getBytes()))));
        try (IamClient iam = iam()) {
            var report = iam.getCredentialReport();

            assertThat(report.content().asUtf8String()).isEqualTo("user,arn\n");
            assertThat(report.generatedTime()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        }
    }

    @Test
    void givenEmptyTagList_whenTagRoleSent_thenDecodedAsEmptyList() {
        try (IamClient iam = iam()) {
            iam.tagRole(r -> r.roleName("r").tags(java.util.List.of()));
        }
        assertThat(new String(server.lastRequest.get().body())).contains("&Tags=");
        assertThat(server.lastInput.get()).isEqualTo(json("{\"RoleName\":\"r\",\"Tags\":[]}"));
    }

    // ------------------------------------------------------------------ Organizations (JSON 1.1)

    @Test
    void givenTwoAccounts_whenListAccounts_thenSdkParsesJsonList() {
        server.respondWith((call, input) -> json("""
                {"Accounts":[{"Id":"111111111111","Name":"a","JoinedTimestamp":"2025-01-02T03:04:05Z"},
                             {"Id":"222222222222","Name":"b","JoinedTimestamp":"2025-01-02T03:04:06Z"}],"NextToken":"t"}"""));
        try (OrganizationsClient org = organizations()) {
            var response = org.listAccounts(r -> r.maxResults(2));

            assertThat(response.accounts()).extracting(a -> a.id()).containsExactly("111111111111", "222222222222");
            assertThat(response.accounts().get(1).joinedTimestamp()).isEqualTo(Instant.parse("2025-01-02T03:04:06Z"));
            assertThat(response.nextToken()).isEqualTo("t");
        }
        assertThat(server.lastInput.get()).isEqualTo(json("{\"MaxResults\":2}"));
    }


    @Test
    void givenOrganizationsClient_whenDescribeAccount_thenEpochTimestampsParse() {
        server.respondWith((call, input) -> json("""
                {"Account":{"Id":"%s","Arn":"arn:aws:organizations::111111111111:account/o-abc/%s",
                 "Email":"a@example.com","Name":"dev","State":"ACTIVE","JoinedMethod":"CREATED",
                 "JoinedTimestamp":"2025-01-02T03:04:05.250Z"}}""".formatted(input.get("AccountId").asText(),
                input.get("AccountId").asText())));
        try (OrganizationsClient org = organizations()) {
            var account = org.describeAccount(r -> r.accountId("123456789012")).account();

            assertThat(account.id()).isEqualTo("123456789012");
            assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
            assertThat(account.joinedTimestamp()).isEqualTo(Instant.parse("2025-01-02T03:04:05.250Z"));
        }
        assertThat(server.lastCall.get().actionName()).isEqualTo("organizations:DescribeAccount");
        assertThat(server.lastInput.get()).isEqualTo(json("{\"AccountId\":\"123456789012\"}"));
    }

    @Test
    void givenOrganizationsClient_whenCreateAccount_thenInputTreeAndStatusRoundTrip() {
        server.respondWith((call, input) -> json("""
                {"CreateAccountStatus":{"Id":"car-0123456789abcdef","AccountName":"dev","State":"IN_PROGRESS",
                 "RequestedTimestamp":"2025-01-02T03:04:05Z"}}"""));
        try (OrganizationsClient org = organizations()) {
            var status = org.createAccount(r -> r.email("dev@example.com").accountName("dev")
                    .tags(t -> t.key("k").value("v"))).createAccountStatus();

            assertThat(status.state()).isEqualTo(CreateAccountState.IN_PROGRESS);
            assertThat(status.requestedTimestamp()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        }
        assertThat(server.lastInput.get()).isEqualTo(json("""
                {"Email":"dev@example.com","AccountName":"dev","Tags":[{"Key":"k","Value":"v"}]}"""));
    }

    @Test
    void givenSensitiveEmail_whenCreateAccountInvalid_thenValidationExceptionMasksValue() {
        try (OrganizationsClient org = organizations()) {
            OrganizationsException e = catchThrowableOfType(() -> org.createAccount(r -> r.email("not-an-email")
                    .accountName("dev")), OrganizationsException.class);

            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '***' at 'email' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s@]+@[^\\s@]+\\.[^\\s@]+");
        }
    }

    @Test
    void givenUnknownAccount_whenDescribeAccount_thenModeledAccountNotFoundException() {
        server.respondWith((call, input) -> {
            throw call.service().modeledError("AccountNotFoundException", "You specified an account that doesn't exist.");
        });
        try (OrganizationsClient org = organizations()) {
            AccountNotFoundException e = catchThrowableOfType(() -> org.describeAccount(r -> r.accountId("123456789012")),
                    AccountNotFoundException.class);

            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccountNotFoundException");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("You specified an account that doesn't exist.");
        }
    }

    // ------------------------------------------------------------------ SSO Admin (JSON 1.1, signing name sso)

    @Test
    void givenSsoAdminClient_whenCreatePermissionSet_thenRoutedAsSsoAndDateParses() {
        server.respondWith((call, input) -> json("""
                {"PermissionSet":{"Name":"%s","PermissionSetArn":"arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef",
                 "CreatedDate":"2025-01-02T03:04:05Z","SessionDuration":"PT1H"}}""".formatted(input.get("Name").asText())));
        try (SsoAdminClient sso = ssoAdmin()) {
            var ps = sso.createPermissionSet(r -> r.name("Admins").sessionDuration("PT1H")
                    .instanceArn("arn:aws:sso:::instance/ssoins-1234567890abcdef")).permissionSet();

            assertThat(ps.name()).isEqualTo("Admins");
            assertThat(ps.createdDate()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        }
        assertThat(server.lastCall.get().actionName()).isEqualTo("sso:CreatePermissionSet");
    }

    @Test
    void givenMissingInstanceArn_whenCreatePermissionSet_thenValidationExceptionNamesField() {
        try (SsoAdminClient sso = ssoAdmin()) {
            SsoAdminException e = catchThrowableOfType(() -> sso.createPermissionSet(r -> r.name("Admins")),
                    SsoAdminException.class);

            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value null at "
                    + "'instanceArn' failed to satisfy constraint: Member must not be null");
        }
    }

    @Test
    void givenUnimplementedOperation_whenCalled_thenNotImplemented501NamingIt() {
        server.respondWith((call, input) -> {
            throw call.notImplemented();
        });
        try (IamClient iam = iam()) {
            IamException e = catchThrowableOfType(() -> iam.createSAMLProvider(r -> r.name("corp")
                    .samlMetadataDocument("x".repeat(1000))), IamException.class);

            assertThat(e.statusCode()).isEqualTo(501);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The operation CreateSAMLProvider "
                    + "(iam:CreateSAMLProvider) is not implemented by this server yet.");
        }
    }

    @Test
    void givenBadOutputTree_whenSuccessEncoded_thenInternalFailureWithoutJavaText() {
        server.respondWith((call, input) -> json("{\"Roles\":[{\"RoleName\":\"a\",\"CreateDate\":\"yesterday\"}]}"));
        try (IamClient iam = iam()) {
            AwsServiceException e = catchThrowableOfType(() -> iam.listRoles(), AwsServiceException.class);

            assertThat(e.statusCode()).isEqualTo(500);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
            assertThat(e.awsErrorDetails().errorMessage()).doesNotContain("Exception").doesNotContain("yesterday");
        }
    }

    // ------------------------------------------------------------------ Identity Store (unions, documents)

    private static IdentitystoreClient identityStore() {
        return IdentitystoreClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    private static CloudTrailClient cloudTrail() {
        return CloudTrailClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    @Test
    void givenUnionWithDocument_whenGetUserId_thenInputTreeCarriesDocumentAndIdReturned() {
        server.respondWith((call, input) -> json("""
                {"IdentityStoreId":"d-1234567890","UserId":"11111111-2222-3333-4444-555555555555"}"""));
        try (IdentitystoreClient ids = identityStore()) {
            var response = ids.getUserId(r -> r.identityStoreId("d-1234567890").alternateIdentifier(a -> a
                    .uniqueAttribute(u -> u.attributePath("userName").attributeValue(Document.fromString("alice")))));

            assertThat(response.userId()).isEqualTo("11111111-2222-3333-4444-555555555555");
        }
        assertThat(server.lastCall.get().actionName()).isEqualTo("identitystore:GetUserId");
        assertThat(server.lastInput.get()).isEqualTo(json("""
                {"IdentityStoreId":"d-1234567890",
                 "AlternateIdentifier":{"UniqueAttribute":{"AttributePath":"userName","AttributeValue":"alice"}}}"""));
    }

    // ------------------------------------------------------------------ CloudTrail (timestamps in input)

    @Test
    void givenTimeRange_whenLookupEvents_thenEpochInputBecomesIsoAndEventsParse() {
        server.respondWith((call, input) -> json("""
                {"Events":[{"EventId":"e1","EventName":"CreateRole","EventTime":"2025-01-02T03:04:05Z",
                 "Resources":[{"ResourceType":"AWS::IAM::Role","ResourceName":"admin"}]}]}"""));
        try (CloudTrailClient trail = cloudTrail()) {
            var events = trail.lookupEvents(r -> r.startTime(Instant.parse("2025-01-01T00:00:00Z"))
                    .endTime(Instant.parse("2025-01-02T00:00:00.500Z"))
                    .lookupAttributes(a -> a.attributeKey("EventName").attributeValue("CreateRole"))).events();

            assertThat(events).hasSize(1);
            assertThat(events.get(0).eventTime()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
            assertThat(events.get(0).resources().get(0).resourceName()).isEqualTo("admin");
        }
        assertThat(server.lastInput.get()).isEqualTo(json("""
                {"LookupAttributes":[{"AttributeKey":"EventName","AttributeValue":"CreateRole"}],
                 "StartTime":"2025-01-01T00:00:00Z","EndTime":"2025-01-02T00:00:00.500Z"}"""));
    }

    @Test
    void givenInvalidEnum_whenLookupEvents_thenValidationExceptionListsEnum() {
        try (CloudTrailClient trail = cloudTrail()) {
            var e = catchThrowableOfType(() -> trail.lookupEvents(r -> r.lookupAttributes(a -> a
                    .attributeKey("Nope").attributeValue("x"))), AwsServiceException.class);

            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
            assertThat(e.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value 'Nope' at "
                    + "'lookupAttributes.1.member.attributeKey' failed to satisfy constraint: Member must satisfy enum value set: [");
        }
    }

    @Test
    void givenInternalFailure_whenAnyCall_thenServiceExceptionWithStatus500() {
        server.respondWith((call, input) -> {
            throw new AwsErrorException("InternalFailure", 500, "We encountered an internal error.", false);
        });
        try (IamClient iam = iam()) {
            AwsServiceException e = catchThrowableOfType(() -> iam.listRoles(), AwsServiceException.class);

            assertThat(e.statusCode()).isEqualTo(500);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
        }
    }
}
