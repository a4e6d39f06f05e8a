package dev.idcenter.server;

import dev.idcenter.infra.test.TestDatabase;
import dev.idcenter.infra.test.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Instant;
import java.util.UUID;

import static dev.idcenter.server.CreateAccountStatuses.awaitCompletion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Enforcement across accounts, end to end with the AWS SDK: the management account administers a member account
 * through {@code OrganizationAccountAccessRole}, SCPs bind the member account and never the management account
 * (EVAL-3), and a role session gets at most what its role, boundary and session policy all allow (STS-5).
 * Runs on a database of its own: it creates an organization, which other tests must not see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementIT extends ServerClientSupport {

    private static final TestDatabase OWN_DATABASE = TestPostgres.newDatabase();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OWN_DATABASE::close, "drop-enforcement-database"));
    }

    private String memberAccountId;
    private AwsCredentialsProvider admin;
    private String adminArn;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        serverProperties(registry, OWN_DATABASE);
    }

    @BeforeAll
    void organizationWithAMemberAccountAndAnAdministrator() {
        try (OrganizationsClient org = organizations(root()); IamClient iam = iam(root())) {
            org.createOrganization(b -> b.featureSet("ALL"));
            String requestId = org.createAccount(b -> b.accountName("member")
                    .email("member-" + UUID.randomUUID() + "@example.com")).createAccountStatus().id();
            CreateAccountStatus done = awaitCompletion(org, requestId);
            assertThat(done.state()).isEqualTo(CreateAccountState.SUCCEEDED);
            memberAccountId = done.accountId();
            String name = unique("admin");
            adminArn = iam.createUser(b -> b.userName(name)).user().arn();
            iam.attachUserPolicy(b -> b.userName(name).policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            admin = credentials(key.accessKeyId(), key.secretAccessKey());
        }
    }

    @Test
    void givenTheManagementAccountsAdministrator_whenItAssumesOrganizationAccountAccessRole_thenItAdministersTheMemberAccount() {
        String roleName = unique("app");
        try (IamClient mgmt = iam(root())) {
            mgmt.createRole(b -> b.roleName(roleName).assumeRolePolicyDocument(trust(ACCOUNT_ID)));
        }
        AwsCredentialsProvider member = assumeAccessRole("admin-session");
        try (IamClient iam = iam(member); StsClient sts = sts(member)) {
            assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:sts::" + memberAccountId
                    + ":assumed-role/OrganizationAccountAccessRole/admin-session");
            assertThat(sts.getCallerIdentity().account()).isEqualTo(memberAccountId);
            // The same name in the member account's own namespace: no collision with the management account's role.
            var created = iam.createRole(b -> b.roleName(roleName).assumeRolePolicyDocument(trust(memberAccountId)))
                    .role();
            assertThat(created.arn()).isEqualTo("arn:aws:iam::" + memberAccountId + ":role/" + roleName);
            assertThat(iam.getRole(b -> b.roleName("OrganizationAccountAccessRole")).role().arn())
                    .isEqualTo("arn:aws:iam::" + memberAccountId + ":role/OrganizationAccountAccessRole");
        }
    }

    @Test
    void givenAnScpDenyingCreateUser_whenAttachedToTheMemberAccount_thenItBindsTheMemberButNeverTheManagementAccount() {
        try (OrganizationsClient org = organizations(root())) {
            String policyId = org.createPolicy(b -> b.name(unique("no-users")).description("no new users")
                    .type("SERVICE_CONTROL_POLICY").content("""
                            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}"""))
                    .policy().policySummary().id();
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            org.attachPolicy(b -> b.policyId(policyId).targetId(rootId));
            try {
                try (IamClient member = iam(assumeAccessRole("scp-session"))) {
                    assertThat(member.listUsers().users()).isNotNull();
                    assertThatThrownBy(() -> member.createUser(b -> b.userName(unique("blocked"))))
                            .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                                assertThat(e.awsErrorDetails().errorMessage())
                                        .contains("with an explicit deny in a service control policy");
                            });
                }
                // EVAL-3: the management account is exempt, even from an SCP on the root.
                try (IamClient mgmt = iam(admin)) {
                    assertThat(mgmt.createUser(b -> b.userName(unique("allowed"))).user()).isNotNull();
                }
            } finally {
                org.detachPolicy(b -> b.policyId(policyId).targetId(rootId));
            }
        }
    }

    @Test
    void givenASessionPolicy_whenTheRoleAllowsEverything_thenTheSessionMayOnlyWhatTheSessionPolicyAllows() {
        String roleArn = roleWithAdministratorAccess(null);
        AwsCredentialsProvider session = assume(admin, roleArn, "narrowed", """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:List*","Resource":"*"}]}""");
        try (IamClient iam = iam(session)) {
            assertThat(iam.listRoles().roles()).isNotEmpty();
            assertThatThrownBy(() -> iam.createUser(b -> b.userName(unique("x"))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                            .contains("because no session policy allows the iam:CreateUser action"));
        }
    }

    @Test
    void givenARoleWithABoundary_whenItsSessionCallsBeyondTheBoundary_thenDeniedByTheBoundary() {
        String roleArn = roleWithAdministratorAccess("arn:aws:iam::aws:policy/IAMReadOnlyAccess");
        try (IamClient iam = iam(assume(admin, roleArn, "bounded", null))) {
            assertThat(iam.listUsers().users()).isNotEmpty();
            assertThatThrownBy(() -> iam.createGroup(b -> b.groupName(unique("g"))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                            .contains("because no permissions boundary allows the iam:CreateGroup action"));
        }
    }

    @Test
    void givenSessionsIssuedBeforeARevocationPolicy_whenTheyCallAgain_thenDenied_andNewSessionsWork() throws Exception {
        String roleArn = roleWithAdministratorAccess(null);
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        AwsCredentialsProvider before = assume(admin, roleArn, "old", null);
        try (IamClient old = iam(before)) {
            assertThat(old.listRoles().roles()).isNotEmpty();
        }
        Thread.sleep(1100); // aws:TokenIssueTime has a resolution of seconds: the cut must fall between the two sessions
        Instant cut = Instant.now();
        Thread.sleep(1100);
        try (IamClient mgmt = iam(root())) {
            // The console's "Revoke active sessions" (AWSRevokeOlderSessions).
            mgmt.putRolePolicy(b -> b.roleName(roleName).policyName("AWSRevokeOlderSessions").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*",
                     "Condition":{"DateLessThan":{"aws:TokenIssueTime":"%s"}}}]}""".formatted(cut)));
        }
        try (IamClient old = iam(before); IamClient fresh = iam(assume(admin, roleArn, "new", null))) {
            assertThatThrownBy(old::listRoles).isInstanceOfSatisfying(AwsServiceException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
            assertThat(fresh.listRoles().roles()).isNotEmpty();
        }
    }

    @Test
    void givenAnUntrustedCallerAndAMissingRole_whenTheyAssume_thenTheSameAccessDenied() {
        String roleArn = roleWithAdministratorAccess(null);
        try (IamClient mgmt = iam(root())) {
            String name = unique("stranger");
            mgmt.createUser(b -> b.userName(name));
            AccessKey key = mgmt.createAccessKey(b -> b.userName(name)).accessKey();
            String strangerArn = "arn:aws:iam::" + ACCOUNT_ID + ":user/" + name;
            try (StsClient sts = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                String ghost = "arn:aws:iam::" + ACCOUNT_ID + ":role/" + unique("ghost");
                for (String target : new String[] {roleArn, ghost}) {
                    assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn(target).roleSessionName("stranger")))
                            .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                                assertThat(e.statusCode()).isEqualTo(403);
                                assertThat(e.awsErrorDetails().errorMessage()).startsWith("User: " + strangerArn
                                        + " is not authorized to perform: sts:AssumeRole on resource: " + target);
                            });
                }
            }
        }
    }

    @Test
    void givenASessionInAMemberAccount_whenTheAccountIsClosed_thenItsSessionAndNewAssumesAreRefused() {
        try (OrganizationsClient org = organizations(root())) {
            String closing = awaitCompletion(org, org.createAccount(b -> b.accountName("closing")
                    .email("closing-" + UUID.randomUUID() + "@example.com")).createAccountStatus().id()).accountId();
            String accessRole = "arn:aws:iam::" + closing + ":role/OrganizationAccountAccessRole";
            try (IamClient before = iam(assume(admin, accessRole, "before-close", null))) {
                assertThat(before.listRoles().roles()).isNotEmpty();
                org.closeAccount(b -> b.accountId(closing));
                assertThatThrownBy(before::listRoles).isInstanceOfSatisfying(AwsServiceException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("account " + closing + " is closed");
                });
            }
            try (StsClient sts = sts(admin)) {
                assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn(accessRole).roleSessionName("after-close")))
                        .isInstanceOfSatisfying(AwsServiceException.class,
                                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
            }
        }
    }

    /** A role in the management account trusted by the account, with AdministratorAccess and the given boundary. */
    private String roleWithAdministratorAccess(String boundaryArn) {
        String name = unique("role");
        try (IamClient mgmt = iam(root())) {
            String arn = mgmt.createRole(b -> b.roleName(name).assumeRolePolicyDocument(trust(ACCOUNT_ID))
                    .permissionsBoundary(boundaryArn)).role().arn();
            mgmt.attachRolePolicy(b -> b.roleName(name).policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
            return arn;
        }
    }

    private AwsCredentialsProvider assumeAccessRole(String sessionName) {
        return assume(admin, "arn:aws:iam::" + memberAccountId + ":role/OrganizationAccountAccessRole", sessionName,
                null);
    }

    private AwsCredentialsProvider assume(AwsCredentialsProvider caller, String roleArn, String sessionName,
                                          String sessionPolicy) {
        try (StsClient sts = sts(caller)) {
            Credentials credentials = sts.assumeRole(b -> b.roleArn(roleArn).roleSessionName(sessionName)
                    .policy(sessionPolicy)).credentials();
            assertThat(credentials.accessKeyId()).startsWith("ASIA");
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(credentials.accessKeyId(),
                    credentials.secretAccessKey(), credentials.sessionToken()));
        }
    }

    private static String trust(String accountId) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"sts:AssumeRole"}]}"""
                .formatted(accountId);
    }
}
