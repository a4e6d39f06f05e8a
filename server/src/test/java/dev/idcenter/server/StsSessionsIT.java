package dev.idcenter.server;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.credentials.CredentialResolver;
import dev.idcenter.command.credentials.MasterKeyRing;
import dev.idcenter.command.credentials.SessionClaims;
import dev.idcenter.command.credentials.SessionTokens;
import dev.idcenter.command.credentials.TemporaryAccessKeyIds;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.command.iam.role.CreateRole;
import dev.idcenter.command.sts.RoleSessionRevocationEndpoint;
import dev.idcenter.queries.sts.FindSessionLineage;
import dev.idcenter.queries.sts.SessionView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.Tag;

import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** STS temporary credentials end to end, with the AWS SDK: issue, use, chain, expire, tamper, revoke. */
class StsSessionsIT extends ServerTestSupport {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT_ID + ":root\"},\"Action\":[\"sts:AssumeRole\","
            + "\"sts:TagSession\",\"sts:SetSourceIdentity\"]}]}";

    /** The roles' trust names only the account: their callers need sts:* in their own policies (STS-2). */
    private static final String ALLOW_STS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"sts:*\",\"Resource\":\"*\"}]}";
    private static AwsCredentialsProvider admin;
    private static String adminArn;

    @Autowired
    CredentialResolver resolver;
    @Autowired
    SessionTokens sessionTokens;
    @Autowired
    CommandGateway commands;
    @Autowired
    Clock clock;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventStoreHead head;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void givenRole_whenAnAdministratorAssumesIt_thenAsiaCredentialsActAsTheAssumedRole(CapturedOutput output) throws SQLException {
        // STS-1, STS-4
        Role role = createRole("/ci/", 3600);
        try (StsClient sts = sts(admin())) {
            AssumeRoleResponse assumed = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("build-1"));

            Credentials credentials = assumed.credentials();
            assertThat(credentials.accessKeyId()).startsWith("ASIA").hasSize(20);
            assertThat(credentials.secretAccessKey()).hasSize(40);
            assertThat(credentials.sessionToken()).isNotBlank();
            assertThat(assumed.assumedRoleUser().arn())
                    .isEqualTo("arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/" + role.roleName() + "/build-1");
            assertThat(assumed.assumedRoleUser().assumedRoleId()).isEqualTo(role.roleId() + ":build-1");
            assertThat(assumed.packedPolicySize()).isNull();
            assertThat(assumed.sourceIdentity()).isNull();
            SessionContext session = sessionOf(credentials);
            assertThat(session.kind()).isEqualTo(SessionContext.Kind.ASSUMED_ROLE);
            assertThat(session.expiresAt()).isEqualTo(credentials.expiration());
            assertThat(session.issuedAt().plusSeconds(3600)).isAfterOrEqualTo(credentials.expiration())
                    .isBefore(credentials.expiration().plusSeconds(1));
            assertThat(session.issuerArn()).isEqualTo(role.arn());
            assertThat(session.issuerPrincipalId()).isEqualTo(role.roleId());
            assertThat(session.issuerType()).isEqualTo("Role");
            assertThat(session.originArn()).isEqualTo(adminArn());
            assertThat(session.parentSessionId()).isNull();

            try (StsClient asRole = sts(session(credentials))) {
                var identity = asRole.getCallerIdentity();
                assertThat(identity.arn()).isEqualTo(assumed.assumedRoleUser().arn());
                assertThat(identity.userId()).isEqualTo(role.roleId() + ":build-1");
                assertThat(identity.account()).isEqualTo(ACCOUNT_ID);
            }
            // No secret of the session is in any stored event; its access key id is (SessionStarted).
            assertThat(occurrencesInEvents(credentials.secretAccessKey())).isZero();
            assertThat(occurrencesInEvents(credentials.sessionToken())).isZero();
            assertThat(occurrencesInEvents(credentials.accessKeyId())).isPositive();
            assertThat(output.getAll()).doesNotContain(credentials.secretAccessKey()).doesNotContain(credentials.sessionToken());
        }
    }

    @Test
    void givenUser_whenItAssumesARoleWithDurationWithinTheRolesMaximum_thenTheSessionLastsThatLong() {
        Role role = createRole("/", 7200);
        try (IamClient iam = iam(root())) {
            String name = unique("dev");
            iam.createUser(b -> b.userName(name));
            // STS-2: the trust names only the account, so the user's own policy must allow sts:AssumeRole too.
            iam.putUserPolicy(b -> b.userName(name).policyName("assume").policyDocument(ALLOW_STS));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            try (StsClient asUser = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                Credentials credentials = asUser.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                        .durationSeconds(7200)).credentials();
                SessionContext session = sessionOf(credentials);
                assertThat(session.issuedAt().plusSeconds(7200)).isAfterOrEqualTo(session.expiresAt())
                        .isBefore(session.expiresAt().plusSeconds(1));
                assertThat(session.originArn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":user/" + name);
            }
        }
    }

    @Test
    void givenRoleOfOneHour_whenTwoHoursAsked_thenValidationErrorAndNoSession() {
        // STS-1: DurationSeconds up to the role's MaxSessionDuration.
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1").durationSeconds(7200)),
                    "ValidationError", 400,
                    "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
    }

    @Test
    void givenMissingRoleOrAnotherAccountsArnOrWrongPath_whenAssumed_thenAccessDeniedAsForAnUntrustedCaller() {
        // STS-2, STS-7: no existence oracle; another account's ARN is never resolved as a local role.
        Role role = createRole("/ci/", 3600);
        String callerArn = adminArn();
        try (StsClient sts = sts(admin())) {
            for (String arn : List.of("arn:aws:iam::" + ACCOUNT_ID + ":role/" + unique("nobody"),
                    "arn:aws:iam::999988887777:role/ci/" + role.roleName(),
                    "arn:aws:iam::" + ACCOUNT_ID + ":role/" + role.roleName())) {
                assertError(() -> sts.assumeRole(b -> b.roleArn(arn).roleSessionName("s1")), "AccessDenied", 403,
                        "User: " + callerArn + " is not authorized to perform: sts:AssumeRole on resource: " + arn);
            }
        }
    }

    @Test
    void givenRoleOfAnotherAccount_whenAssumedByItsArn_thenTheSessionActsInThatAccountNotInTheCallersOwn() {
        // STS-2 (cross-account): the ARN's account decides; a same-named role of the caller's account is not used.
        String otherAccount = "444455556666";
        String name = unique("shared");
        String roleId = IamIds.newId("AROA");
        commands.sendAndWait(new CreateRole(roleId, otherAccount, name, "/", TRUST, null, 3600, null, List.of(),
                clock.instant()));
        Role local = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            String arn = "arn:aws:iam::" + otherAccount + ":role/" + name;
            AssumeRoleResponse assumed = sts.assumeRole(b -> b.roleArn(arn).roleSessionName("cross"));

            assertThat(assumed.assumedRoleUser().arn()).isEqualTo("arn:aws:sts::" + otherAccount + ":assumed-role/" + name + "/cross");
            assertThat(assumed.assumedRoleUser().assumedRoleId()).isEqualTo(roleId + ":cross");
            assertThat(sts.getAccessKeyInfo(b -> b.accessKeyId(assumed.credentials().accessKeyId())).account())
                    .isEqualTo(otherAccount);
            try (StsClient asRole = sts(session(assumed.credentials()))) {
                var identity = asRole.getCallerIdentity();
                assertThat(identity.account()).isEqualTo(otherAccount);
                assertThat(identity.arn()).isEqualTo(assumed.assumedRoleUser().arn());
            }
            String localNameInOtherAccount = "arn:aws:iam::" + otherAccount + ":role/" + local.roleName();
            assertError(() -> sts.assumeRole(b -> b.roleArn(localNameInOtherAccount).roleSessionName("cross")),
                    "AccessDenied", 403, null);
        }
    }

    @Test
    void givenAssumedRole_whenItsMaximumChangesOrItIsDeleted_thenTheNextAssumeRoleSeesItAtOnce() {
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin()); IamClient iam = iam(root())) {
            sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("first"));

            iam.updateRole(b -> b.roleName(role.roleName()).maxSessionDuration(7200));
            sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("longer").durationSeconds(7200));

            iam.deleteRolePolicy(b -> b.roleName(role.roleName()).policyName("sts"));
            iam.deleteRole(b -> b.roleName(role.roleName()));
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("gone")), "AccessDenied", 403,
                    "User: " + adminArn() + " is not authorized to perform: sts:AssumeRole on resource: "
                            + role.arn());
        }
    }

    @Test
    void givenServiceLinkedRole_whenAPrincipalAssumesIt_thenAccessDenied() {
        try (IamClient iam = iam(root()); StsClient sts = sts(admin())) {
            Role role = iam.createServiceLinkedRole(b -> b.awsServiceName("elasticbeanstalk.amazonaws.com")
                    .customSuffix(unique("sts").replace("-", ""))).role();

            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")), "AccessDenied", 403,
                    "User: " + adminArn() + " is not authorized to perform: sts:AssumeRole on resource: "
                            + role.arn());
        }
    }

    @Test
    void givenElevenPolicyArns_whenAssumed_thenValidationError() {
        // STS-1: at most 10 managed session policies.
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            var arns = java.util.stream.IntStream.range(0, 11)
                    .mapToObj(i -> software.amazon.awssdk.services.sts.model.PolicyDescriptorType.builder()
                            .arn("arn:aws:iam::aws:policy/ReadOnlyAccess").build()).toList();
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1").policyArns(arns)),
                    "ValidationError", 400, null);
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                    .policyArns(p -> p.arn("arn:aws:iam::aws:policy/NoSuchPolicyAtAll"))), "MalformedPolicyDocument", 400,
                    "Policy arn:aws:iam::aws:policy/NoSuchPolicyAtAll does not exist or is not attachable.");
        }
    }

    @Test
    void givenRoleSession_whenItAssumesAnotherRole_thenChainCappedAtOneHourWithTransitiveTagsAndSourceIdentityCarried() {
        // STS-3
        Role first = createRole("/", 43200);
        Role second = createRole("/", 43200);
        try (StsClient sts = sts(admin())) {
            AssumeRoleResponse assumed = sts.assumeRole(b -> b.roleArn(first.arn()).roleSessionName("alice")
                    .tags(Tag.builder().key("team").value("platform").build(), Tag.builder().key("env").value("dev").build())
                    .transitiveTagKeys("team").sourceIdentity("alice-src"));
            assertThat(assumed.sourceIdentity()).isEqualTo("alice-src");
            assertThat(assumed.packedPolicySize()).isBetween(1, 100);
            SessionContext parent = sessionOf(assumed.credentials());

            try (StsClient chained = sts(session(assumed.credentials()))) {
                assertError(() -> chained.assumeRole(b -> b.roleArn(second.arn()).roleSessionName("c1")
                        .durationSeconds(3601)), "ValidationError", 400,
                        "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
                assertError(() -> chained.assumeRole(b -> b.roleArn(second.arn()).roleSessionName("c1")
                        .tags(Tag.builder().key("TEAM").value("other").build())), "ValidationError", 400, null);
                assertError(() -> chained.assumeRole(b -> b.roleArn(second.arn()).roleSessionName("c1")
                        .sourceIdentity("mallory")), "ValidationError", 400, null);

                AssumeRoleResponse child = chained.assumeRole(b -> b.roleArn(second.arn()).roleSessionName("c1")
                        .tags(Tag.builder().key("step").value("2").build()));
                assertThat(child.sourceIdentity()).isEqualTo("alice-src");
                SessionContext session = sessionOf(child.credentials());
                assertThat(session.sessionTags()).isEqualTo(Map.of("team", "platform", "step", "2"));
                assertThat(session.transitiveTagKeys()).containsExactly("team");
                assertThat(session.sourceIdentity()).isEqualTo("alice-src");
                assertThat(session.parentSessionId()).isEqualTo(parent.sessionId());
                assertThat(session.originArn()).isEqualTo(adminArn());
                // AUDIT-2: the child's credentials trace back, hop by hop, to the identity that started the chain.
                List<SessionView> lineage = queries.query(new FindSessionLineage(child.credentials().accessKeyId(),
                        head.position()), ResponseTypes.multipleInstancesOf(SessionView.class)).join();
                assertThat(lineage).extracting(SessionView::accessKeyId)
                        .containsExactly(child.credentials().accessKeyId(), assumed.credentials().accessKeyId());
                assertThat(lineage.get(0).parentSessionId()).isEqualTo(lineage.get(1).sessionId());
                assertThat(lineage.get(0).callerArn()).isEqualTo(assumed.assumedRoleUser().arn());
                assertThat(lineage.get(1).callerArn()).isEqualTo(adminArn());
                assertThat(lineage).extracting(SessionView::originArn).containsOnly(adminArn());
                assertThat(lineage).extracting(SessionView::sourceIdentity).containsOnly("alice-src");
                try (StsClient asChild = sts(session(child.credentials()))) {
                    assertThat(asChild.getCallerIdentity().arn())
                            .isEqualTo("arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/" + second.roleName() + "/c1");
                }
            }
        }
    }

    @Test
    void givenBadSessionRequests_whenAssumed_thenEachRefusedWithItsError() {
        // STS-1: tags, session policies, packed size, MFA.
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                            .tags(Tag.builder().key("a").value("1").build(), Tag.builder().key("A").value("2").build())),
                    "ValidationError", 400, "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                            .tags(Tag.builder().key("a").value("1").build()).transitiveTagKeys("b")),
                    "ValidationError", 400, null);
            String longPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                    + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(2048) + "\"}]}";
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1").policy(longPolicy)),
                    "ValidationError", 400, "1 validation error detected: Value at 'policy' failed to satisfy constraint: "
                            + "Member must have length less than or equal to 2048");
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1").policy("{not json")),
                    "MalformedPolicyDocument", 400, null);
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                            .policyArns(p -> p.arn("arn:aws:iam::" + ACCOUNT_ID + ":policy/" + unique("none")))),
                    "MalformedPolicyDocument", 400, null);
            List<Tag> huge = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                huge.add(Tag.builder().key("k" + i + UUID.randomUUID()).value(UUID.randomUUID().toString().repeat(7)).build());
            }
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1").tags(huge)),
                    "PackedPolicyTooLarge", 400, null);
            assertError(() -> sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                            .serialNumber("arn:aws:iam::" + ACCOUNT_ID + ":mfa/root").tokenCode("123456")),
                    "AccessDenied", 403, "MultiFactorAuthentication failed with invalid MFA one time pass code.");

            AssumeRoleResponse withPolicies = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")
                    .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}")
                    .policyArns(p -> p.arn("arn:aws:iam::aws:policy/ReadOnlyAccess")));
            assertThat(withPolicies.packedPolicySize()).isBetween(1, 100);
            SessionContext session = sessionOf(withPolicies.credentials());
            assertThat(session.sessionPolicy()).contains("s3:*");
            assertThat(session.sessionPolicyArns()).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
        }
    }

    @Test
    void givenExpiredOrTamperedOrMismatchedToken_whenUsed_thenExpiredTokenOrInvalidClientTokenId() {
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            Credentials first = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("one")).credentials();
            Credentials second = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("two")).credentials();

            // A token sealed by this server whose expiry has passed.
            String keyId = TemporaryAccessKeyIds.newId(ACCOUNT_ID);
            SessionContext past = sessionOf(first);
            Instant issued = clock.instant().minusSeconds(7200);
            SessionContext expired = new SessionContext(past.kind(), UUID.randomUUID().toString(), past.issuerType(),
                    past.issuerPrincipalId(), past.issuerArn(), past.issuerAccountId(), "old", issued,
                    issued.plusSeconds(3600), false, null, null, List.of(), Map.of(), Set.of(), null, past.originArn());
            String token = sessionTokens.seal(new SessionClaims("AssumedRole", role.roleId() + ":old",
                    "arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/" + role.roleName() + "/old", ACCOUNT_ID, keyId, expired));
            String secret = sessionTokens.secretOf(sessionTokens.currentKeyId(), keyId, expired.sessionId());
            var expiredCredentials = StaticCredentialsProvider.create(AwsSessionCredentials.create(keyId, secret, token));
            try (StsClient old = sts(expiredCredentials); var orgs = organizations(expiredCredentials)) {
                assertError(old::getCallerIdentity, "ExpiredToken", 400, "The security token included in the request is expired");
                // The JSON services name it as those services do.
                assertError(orgs::describeOrganization, "ExpiredTokenException", 400, null);
            }

            String tampered = first.sessionToken().substring(0, 20)
                    + (first.sessionToken().charAt(20) == 'A' ? 'B' : 'A') + first.sessionToken().substring(21);
            try (StsClient bad = sts(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    first.accessKeyId(), first.secretAccessKey(), tampered)))) {
                assertError(bad::getCallerIdentity, "InvalidClientTokenId", 403, "The security token included in the request is invalid.");
            }
            try (StsClient swapped = sts(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    first.accessKeyId(), first.secretAccessKey(), second.sessionToken())))) {
                assertError(swapped::getCallerIdentity, "InvalidClientTokenId", 403, null);
            }
            try (StsClient noToken = sts(credentials(first.accessKeyId(), first.secretAccessKey()))) {
                assertError(noToken::getCallerIdentity, "InvalidClientTokenId", 403, null);
            }
            try (StsClient wrongSecret = sts(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    first.accessKeyId(), second.secretAccessKey(), first.sessionToken())))) {
                assertError(wrongSecret::getCallerIdentity, "SignatureDoesNotMatch", 403, null);
            }
        }
    }

    @Test
    void givenRoleSession_whenPresignedUrlCarriesTheSessionToken_thenCallerIdentityOfTheSession() throws Exception {
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            Credentials credentials = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("presigned")).credentials();
            SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                    .method(SdkHttpMethod.GET).uri(endpoint())
                    .appendRawQueryParameter("Action", "GetCallerIdentity")
                    .appendRawQueryParameter("Version", "2011-06-15")
                    .build();
            SignedRequest presigned = AwsV4HttpSigner.create().sign(r -> r
                    .identity(AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                            credentials.sessionToken()))
                    .request(unsigned)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-3")
                    .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(5)));
            assertThat(presigned.request().getUri().getRawQuery()).contains("X-Amz-Security-Token=");

            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(presigned.request().getUri()).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<Arn>arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/" + role.roleName()
                    + "/presigned</Arn>");
        }
    }

    @Test
    void givenSessionIssuedUnderTheOldMasterKey_whenANewKeyIsCurrent_thenItStillWorksAndNewSessionsUseTheNewKey() {
        // Rotation: the server's ring is k0,k1 with k1 current; a session sealed while k0 was current stays valid.
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            Credentials current = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("new-key")).credentials();
            assertThat(SessionTokens.keyIdOf(current.sessionToken())).contains("k1");

            SessionTokens beforeRotation = new SessionTokens(MasterKeyRing.parse(ROTATED_MASTER_KEYS), new java.security.SecureRandom());
            String keyId = TemporaryAccessKeyIds.newId(ACCOUNT_ID);
            SessionContext live = sessionOf(current);
            SessionContext old = new SessionContext(live.kind(), UUID.randomUUID().toString(), live.issuerType(),
                    live.issuerPrincipalId(), live.issuerArn(), live.issuerAccountId(), "old-key", live.issuedAt(),
                    live.expiresAt(), false, null, null, List.of(), Map.of(), Set.of(), null, live.originArn());
            String token = beforeRotation.seal(new SessionClaims("AssumedRole", role.roleId() + ":old-key",
                    "arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/" + role.roleName() + "/old-key", ACCOUNT_ID, keyId, old));
            String secret = beforeRotation.secretOf("k0", keyId, old.sessionId());
            try (StsClient asOld = sts(StaticCredentialsProvider.create(AwsSessionCredentials.create(keyId, secret, token)))) {
                assertThat(asOld.getCallerIdentity().arn()).endsWith(":assumed-role/" + role.roleName() + "/old-key");
            }
        }
    }

    @Test
    void givenRootOrUser_whenGetSessionToken_thenCredentialsOfThemselvesAndRootCappedAtOneHour() {
        // STS-6
        try (StsClient sts = sts(root()); IamClient iam = iam(root())) {
            Credentials credentials = sts.getSessionToken(b -> b.durationSeconds(129600)).credentials();
            assertThat(credentials.accessKeyId()).startsWith("ASIA");
            SessionContext session = sessionOf(credentials);
            assertThat(session.kind()).isEqualTo(SessionContext.Kind.SESSION_TOKEN);
            assertThat(session.issuedAt().plusSeconds(3600)).isAfterOrEqualTo(session.expiresAt())
                    .isBefore(session.expiresAt().plusSeconds(1));
            try (StsClient asSession = sts(session(credentials))) {
                assertThat(asSession.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":root");
                assertError(asSession::getSessionToken, "AccessDenied", 403, "Cannot call GetSessionToken with session credentials");
            }
            assertError(() -> sts.getSessionToken(b -> b.serialNumber("arn:aws:iam::" + ACCOUNT_ID + ":mfa/root")
                    .tokenCode("123456")), "AccessDenied", 403, "MultiFactorAuthentication failed with invalid MFA one time pass code.");

            String name = unique("dev");
            var user = iam.createUser(b -> b.userName(name)).user();
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            try (StsClient asUser = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                Credentials userCredentials = asUser.getSessionToken().credentials();
                SessionContext userSession = sessionOf(userCredentials);
                assertThat(userSession.issuedAt().plusSeconds(43200)).isAfterOrEqualTo(userSession.expiresAt())
                        .isBefore(userSession.expiresAt().plusSeconds(1));
                assertThat(userSession.issuerType()).isEqualTo("IAMUser");
                try (StsClient asSession = sts(session(userCredentials))) {
                    var identity = asSession.getCallerIdentity();
                    assertThat(identity.arn()).isEqualTo(user.arn());
                    assertThat(identity.userId()).isEqualTo(user.userId());
                }
            }
        }
    }

    @Test
    void givenUser_whenGetFederationToken_thenAFederatedUserOfTheAccount() {
        // STS-6
        try (IamClient iam = iam(root())) {
            String name = unique("dev");
            var user = iam.createUser(b -> b.userName(name)).user();
            iam.putUserPolicy(b -> b.userName(name).policyName("federate").policyDocument(ALLOW_STS));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            try (StsClient asUser = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                var federated = asUser.getFederationToken(b -> b.name("bob-42")
                        .policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
                assertThat(federated.federatedUser().arn()).isEqualTo("arn:aws:sts::" + ACCOUNT_ID + ":federated-user/bob-42");
                assertThat(federated.federatedUser().federatedUserId()).isEqualTo(ACCOUNT_ID + ":bob-42");
                assertThat(federated.packedPolicySize()).isBetween(1, 100);
                SessionContext session = sessionOf(federated.credentials());
                assertThat(session.kind()).isEqualTo(SessionContext.Kind.FEDERATED_USER);
                assertThat(session.issuerArn()).isEqualTo(user.arn());
                assertThat(session.issuerType()).isEqualTo("IAMUser");
                assertThat(session.issuedAt().plusSeconds(43200)).isAfterOrEqualTo(session.expiresAt())
                        .isBefore(session.expiresAt().plusSeconds(1));
                try (StsClient asFederated = sts(session(federated.credentials()))) {
                    var identity = asFederated.getCallerIdentity();
                    assertThat(identity.arn()).isEqualTo(federated.federatedUser().arn());
                    assertThat(identity.userId()).isEqualTo(ACCOUNT_ID + ":bob-42");
                    assertError(() -> asFederated.getFederationToken(b -> b.name("again")), "AccessDenied", 403,
                            "Cannot call GetFederationToken with session credentials");
                }
                assertError(() -> asUser.getFederationToken(b -> b.name("bob").policy("{\"Statement\":5}")),
                        "MalformedPolicyDocument", 400, null);
                assertError(() -> asUser.getFederationToken(b -> b.name("b")), "ValidationError", 400, null);
            }
        }
    }

    @Test
    void givenKeysOfThisAndAnotherAccount_whenGetAccessKeyInfo_thenTheirAccounts() {
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            Credentials credentials = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("s1")).credentials();

            assertThat(sts.getAccessKeyInfo(b -> b.accessKeyId(ROOT_ACCESS_KEY_ID)).account()).isEqualTo(ACCOUNT_ID);
            assertThat(sts.getAccessKeyInfo(b -> b.accessKeyId(credentials.accessKeyId())).account()).isEqualTo(ACCOUNT_ID);
            assertThat(sts.getAccessKeyInfo(b -> b.accessKeyId(TemporaryAccessKeyIds.newId("999988887777"))).account())
                    .isEqualTo("999988887777");
            try (StsClient asRole = sts(session(credentials))) {
                assertThat(asRole.getAccessKeyInfo(b -> b.accessKeyId(ROOT_ACCESS_KEY_ID)).account()).isEqualTo(ACCOUNT_ID);
            }
        }
    }

    @Test
    void givenLiveSessions_whenRoleSessionsRevokedOrOneSessionRevoked_thenRefusedOnTheNextCallAndLaterSessionsWork() throws Exception {
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin())) {
            Credentials before = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("before")).credentials();
            try (StsClient asBefore = sts(session(before))) {
                asBefore.getCallerIdentity();

                HttpResponse<String> revoked = revokeRoleSessions(AwsBasicCredentials.create(ROOT_ACCESS_KEY_ID, ROOT_SECRET),
                        role.arn());
                assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

                assertError(asBefore::getCallerIdentity, "InvalidClientTokenId", 403, null);
            }
            Credentials after = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("after")).credentials();
            try (StsClient asAfter = sts(session(after))) {
                asAfter.getCallerIdentity();

                HttpResponse<String> revoked = revoke(RoleSessionRevocationEndpoint.SESSION_PATH,
                        AwsBasicCredentials.create(ROOT_ACCESS_KEY_ID, ROOT_SECRET), "AccessKeyId=" + after.accessKeyId());
                assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

                assertError(asAfter::getCallerIdentity, "InvalidClientTokenId", 403, null);
            }
        }
    }

    @Test
    void givenUserOrRoleSession_whenRevokingRoleSessionsDirectly_thenAccessDeniedAndSessionsKeepWorking() throws Exception {
        Role role = createRole("/", 3600);
        try (StsClient sts = sts(admin()); IamClient iam = iam(root())) {
            Credentials live = sts.assumeRole(b -> b.roleArn(role.arn()).roleSessionName("live")).credentials();
            String name = unique("dev");
            iam.createUser(b -> b.userName(name));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();

            HttpResponse<String> asUser = revokeRoleSessions(AwsBasicCredentials.create(key.accessKeyId(),
                    key.secretAccessKey()), role.arn());
            HttpResponse<String> asSession = revokeRoleSessions(AwsSessionCredentials.create(live.accessKeyId(),
                    live.secretAccessKey(), live.sessionToken()), role.arn());
            HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(endpoint() + RoleSessionRevocationEndpoint.PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("RoleArn=" + role.arn())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(asUser.statusCode()).isEqualTo(403);
            assertThat(asUser.body()).contains("AccessDenied");
            assertThat(asSession.statusCode()).isEqualTo(403);
            assertThat(unsigned.statusCode()).isEqualTo(403);
            assertThat(unsigned.body()).contains("MissingAuthenticationToken");
            HttpResponse<String> sessionAsUser = revoke(RoleSessionRevocationEndpoint.SESSION_PATH,
                    AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()), "AccessKeyId=" + live.accessKeyId());
            assertThat(sessionAsUser.statusCode()).isEqualTo(403);
            try (StsClient asLive = sts(session(live))) {
                asLive.getCallerIdentity();
            }
        }
    }

    private HttpResponse<String> revokeRoleSessions(AwsCredentialsIdentity identity, String roleArn) throws Exception {
        return revoke(RoleSessionRevocationEndpoint.PATH, identity, "RoleArn=" + URLEncoder.encode(roleArn, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> revoke(String path, AwsCredentialsIdentity identity, String form) throws Exception {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST).uri(URI.create(endpoint() + path))
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .contentStreamProvider(() -> new java.io.ByteArrayInputStream(body))
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(identity)
                .request(unsigned)
                .payload(() -> new java.io.ByteArrayInputStream(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-3"));
        HttpRequest.Builder request = HttpRequest.newBuilder(signed.request().getUri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An IAM user with AdministratorAccess: roles may not be assumed by root accounts. */
    private AwsCredentialsProvider admin() {
        if (admin == null) {
            try (IamClient iam = iam(root())) {
                String name = unique("sts-admin");
                adminArn = iam.createUser(b -> b.userName(name)).user().arn();
                iam.attachUserPolicy(b -> b.userName(name).policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
                AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
                admin = credentials(key.accessKeyId(), key.secretAccessKey());
            }
        }
        return admin;
    }

    private String adminArn() {
        admin();
        return adminArn;
    }

    private Role createRole(String path, int maxSessionDuration) {
        try (IamClient iam = iam(root())) {
            String name = unique("role");
            Role role = iam.createRole(b -> b.roleName(name).path(path).assumeRolePolicyDocument(TRUST)
                    .maxSessionDuration(maxSessionDuration)).role();
            // Its sessions may chain on to other roles and ask STS about keys (STS-2: the trust names the account).
            iam.putRolePolicy(b -> b.roleName(name).policyName("sts").policyDocument(ALLOW_STS));
            return role;
        }
    }

    private SessionContext sessionOf(Credentials credentials) {
        Caller caller = resolver.resolve(credentials.accessKeyId(), Optional.of(credentials.sessionToken()))
                .orElseThrow().principal();
        return caller.session();
    }

    private static AwsCredentialsProvider session(Credentials credentials) {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken()));
    }

    private static void assertError(Runnable call, String code, int status, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).as(e.awsErrorDetails().errorMessage()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(status);
            if (message != null) {
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            }
        });
    }

    private static long occurrencesInEvents(String text) throws SQLException {
        try (var connection = DriverManager.getConnection(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
             var statement = connection.prepareStatement("select count(*) from command.domain_event_entry "
                     + "where position(convert_to(?, 'UTF8') in payload) > 0")) {
            statement.setString(1, text);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
