package dev.idcenter.server;

import dev.idcenter.command.organizations.OrganizationPolicies;
import dev.idcenter.queries.iam.FindRole;
import dev.idcenter.queries.iam.ListPolicyAttachments;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import dev.idcenter.queries.iam.RoleView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ConstraintViolationException;
import software.amazon.awssdk.services.organizations.model.InvalidInputException;
import software.amazon.awssdk.services.organizations.model.Tag;
import software.amazon.awssdk.services.organizations.model.Child;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.Policy;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyTargetSummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.organizations.model.TargetType;
import software.amazon.awssdk.services.organizations.model.CreateAccountState;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Root;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.idcenter.server.CreateAccountStatuses.awaitCompletion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * AWS Organizations over the wire with the real SDK. The server (and its database) is shared by every IT, and an
 * account can create one organization only, so the tests run in order: before the organization, its creation, then
 * everything that needs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganizationsIT extends ServerTestSupport {

    @Autowired
    QueryGateway queries;

    @Autowired
    OrganizationPolicies organizationPolicies;

    @Autowired
    ApplicationContext context;

    @Test
    @Order(1)
    void givenNoOrganization_whenDescribed_thenNotInUse() {
        try (OrganizationsClient org = organizations(root())) {
            ensureNoOrganizationYet(org);
            assertError(org::describeOrganization, "AWSOrganizationsNotInUseException");
            assertError(() -> org.listRoots(b -> { }), "AWSOrganizationsNotInUseException");
            assertError(() -> org.createAccount(b -> b.accountName("x").email("x@example.com")),
                    "AWSOrganizationsNotInUseException");
        }
    }

    @Test
    @Order(2)
    void givenManagementAccount_whenCreateOrganization_thenDescribedWithItsRootAndCreatedOnlyOnce() {
        try (OrganizationsClient org = organizations(root())) {
            Organization created = org.createOrganization(b -> b.featureSet("ALL")).organization();
            Organization described = org.describeOrganization().organization();

            assertThat(created.id()).matches("o-[a-z0-9]{10}");
            assertThat(created.arn()).isEqualTo("arn:aws:organizations::" + ACCOUNT_ID + ":organization/" + created.id());
            assertThat(created.masterAccountId()).isEqualTo(ACCOUNT_ID);
            assertThat(created.featureSetAsString()).isEqualTo("ALL");
            assertThat(described).isEqualTo(created);

            List<Root> roots = org.listRoots(b -> { }).roots();
            assertThat(roots).hasSize(1);
            Root root = roots.get(0);
            assertThat(root.id()).matches("r-[a-z0-9]{4}");
            assertThat(root.arn()).isEqualTo("arn:aws:organizations::" + ACCOUNT_ID + ":root/" + created.id() + "/" + root.id());
            assertThat(root.policyTypes()).singleElement().satisfies(t -> {
                assertThat(t.typeAsString()).isEqualTo("SERVICE_CONTROL_POLICY");
                assertThat(t.statusAsString()).isEqualTo("ENABLED");
            });

            assertError(() -> org.createOrganization(b -> b.featureSet("ALL")), "AlreadyInOrganizationException");

            List<Account> accounts = org.listAccounts(b -> { }).accounts();
            assertThat(accounts).extracting(Account::id).containsExactly(ACCOUNT_ID);
            assertThat(accounts.get(0).joinedMethodAsString()).isEqualTo("INVITED");
        }
    }

    @Test
    @Order(3)
    void givenOrganization_whenCreateAccount_thenInProgressThenSucceededWithAccessRoleInTheMemberAccount() {
        String email = "dev-" + UUID.randomUUID() + "@example.com";
        try (OrganizationsClient org = organizations(root()); IamClient iam = iam(root())) {
            CreateAccountStatus started = org.createAccount(b -> b.accountName("dev").email(email)).createAccountStatus();
            assertThat(started.id()).matches("car-[a-z0-9]{32}");
            assertThat(started.state()).isEqualTo(CreateAccountState.IN_PROGRESS);
            assertThat(started.accountName()).isEqualTo("dev");

            CreateAccountStatus done = awaitCompletion(org, started.id());
            assertThat(done.state()).isEqualTo(CreateAccountState.SUCCEEDED);
            assertThat(done.accountId()).matches("\\d{12}");
            assertThat(done.completedTimestamp()).isNotNull();

            Account account = org.describeAccount(b -> b.accountId(done.accountId())).account();
            assertThat(account.name()).isEqualTo("dev");
            assertThat(account.email()).isEqualTo(email);
            assertThat(account.statusAsString()).isEqualTo("ACTIVE");
            assertThat(account.joinedMethodAsString()).isEqualTo("CREATED");
            String orgId = org.describeOrganization().organization().id();
            assertThat(account.arn()).isEqualTo("arn:aws:organizations::" + ACCOUNT_ID + ":account/" + orgId + "/"
                    + done.accountId());

            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            assertThat(org.listAccounts(b -> { }).accounts()).extracting(Account::id).contains(ACCOUNT_ID, done.accountId());
            assertThat(org.listAccountsForParent(b -> b.parentId(rootId)).accounts()).extracting(Account::id)
                    .contains(ACCOUNT_ID, done.accountId());
            assertThat(org.listCreateAccountStatus(b -> b.statesWithStrings("SUCCEEDED")).createAccountStatuses())
                    .extracting(CreateAccountStatus::id).contains(started.id());
            assertThat(org.listCreateAccountStatus(b -> b.statesWithStrings("FAILED")).createAccountStatuses())
                    .extracting(CreateAccountStatus::id).doesNotContain(started.id());

            // The member account's own IAM namespace has the access role with AdministratorAccess, trusting the
            // management account; the management account itself has no such role.
            RoleView role = queries.query(new FindRole(done.accountId(), "OrganizationAccountAccessRole", 0),
                    ResponseTypes.optionalInstanceOf(RoleView.class)).join().orElseThrow();
            assertThat(role.arn()).isEqualTo("arn:aws:iam::" + done.accountId() + ":role/OrganizationAccountAccessRole");
            assertThat(role.assumeRolePolicyDocument()).contains("arn:aws:iam::" + ACCOUNT_ID + ":root");
            assertThat(queries.query(new ListPolicyAttachments(done.accountId(), null, "role", role.roleId(), 0),
                    ResponseTypes.multipleInstancesOf(PolicyAttachmentView.class)).join())
                    .extracting(PolicyAttachmentView::policyArn)
                    .containsExactly("arn:aws:iam::aws:policy/AdministratorAccess");
            assertThatThrownBy(() -> iam.getRole(b -> b.roleName("OrganizationAccountAccessRole")))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        }
    }

    @Test
    @Order(4)
    void givenCreatedAccount_whenSameEmailAgain_thenFailedWithEmailAlreadyExists() {
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        try (OrganizationsClient org = organizations(root())) {
            String first = org.createAccount(b -> b.accountName("first").email(email)).createAccountStatus().id();
            assertThat(awaitCompletion(org, first).state()).isEqualTo(CreateAccountState.SUCCEEDED);

            CreateAccountStatus second = org.createAccount(b -> b.accountName("second").email(email.toUpperCase()))
                    .createAccountStatus();
            assertThat(second.state()).isEqualTo(CreateAccountState.IN_PROGRESS);
            CreateAccountStatus failed = awaitCompletion(org, second.id());
            assertThat(failed.state()).isEqualTo(CreateAccountState.FAILED);
            assertThat(failed.failureReasonAsString()).isEqualTo("EMAIL_ALREADY_EXISTS");
            assertThat(failed.accountId()).isNull();
        }
    }

    @Test
    @Order(5)
    void givenOrganization_whenUnknownIds_thenNotFoundErrors() {
        try (OrganizationsClient org = organizations(root())) {
            assertError(() -> org.describeAccount(b -> b.accountId("999999999999")), "AccountNotFoundException");
            assertError(() -> org.describeCreateAccountStatus(b -> b.createAccountRequestId("car-00000000000000000000000000000000")),
                    "CreateAccountStatusNotFoundException");
            assertError(() -> org.listAccountsForParent(b -> b.parentId("r-zzzz")), "ParentNotFoundException");
        }
    }

    @Test
    @Order(6)
    void givenManyAccounts_whenListedByPages_thenEveryAccountOnce() {
        try (OrganizationsClient org = organizations(root())) {
            List<String> all = org.listAccounts(b -> { }).accounts().stream().map(Account::id).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(3);
            List<String> paged = org.listAccountsPaginator(b -> b.maxResults(1)).stream().flatMap(p -> p.accounts().stream())
                    .map(Account::id).toList();
            assertThat(paged).containsExactlyElementsOf(all);
            assertError(() -> org.listAccounts(b -> b.nextToken("bogus")), "InvalidInputException");
        }
    }

    @Test
    @Order(7)
    void givenOrganization_whenOusCreatedRenamedAndAccountsMoved_thenTreeReadsBackAndErrorsAreAws() {
        try (OrganizationsClient org = organizations(root())) {
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            String orgId = org.describeOrganization().organization().id();
            String member = org.listAccounts(b -> { }).accounts().stream().map(Account::id)
                    .filter(id -> !id.equals(ACCOUNT_ID)).findFirst().orElseThrow();

            OrganizationalUnit workloads = org.createOrganizationalUnit(b -> b.parentId(rootId).name("Workloads"))
                    .organizationalUnit();
            assertThat(workloads.id()).matches("ou-" + rootId.substring(2) + "-[a-z0-9]{8}");
            assertThat(workloads.arn()).isEqualTo("arn:aws:organizations::" + ACCOUNT_ID + ":ou/" + orgId + "/" + workloads.id());
            OrganizationalUnit prod = org.createOrganizationalUnit(b -> b.parentId(workloads.id()).name("Prod"))
                    .organizationalUnit();
            assertError(() -> org.createOrganizationalUnit(b -> b.parentId(rootId).name("Workloads")),
                    "DuplicateOrganizationalUnitException");
            assertError(() -> org.createOrganizationalUnit(b -> b.parentId("ou-" + rootId.substring(2) + "-zzzzzzzz").name("x")),
                    "ParentNotFoundException");

            assertThat(org.describeOrganizationalUnit(b -> b.organizationalUnitId(prod.id())).organizationalUnit())
                    .isEqualTo(prod);
            assertThat(org.updateOrganizationalUnit(b -> b.organizationalUnitId(prod.id()).name("Production"))
                    .organizationalUnit().name()).isEqualTo("Production");
            assertThat(org.listOrganizationalUnitsForParent(b -> b.parentId(workloads.id())).organizationalUnits())
                    .extracting(OrganizationalUnit::name).containsExactly("Production");
            assertThat(org.listChildren(b -> b.parentId(rootId).childType(ChildType.ORGANIZATIONAL_UNIT)).children())
                    .extracting(Child::id).contains(workloads.id()).doesNotContain(prod.id());

            org.moveAccount(b -> b.accountId(member).sourceParentId(rootId).destinationParentId(prod.id()));
            assertThat(org.listParents(b -> b.childId(member)).parents()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(prod.id());
                assertThat(p.type()).isEqualTo(ParentType.ORGANIZATIONAL_UNIT);
            });
            assertThat(org.listParents(b -> b.childId(workloads.id())).parents()).singleElement()
                    .satisfies(p -> assertThat(p.type()).isEqualTo(ParentType.ROOT));
            assertThat(org.listChildren(b -> b.parentId(prod.id()).childType(ChildType.ACCOUNT)).children())
                    .extracting(Child::id).containsExactly(member);
            assertThat(org.listAccountsForParent(b -> b.parentId(prod.id())).accounts()).extracting(Account::id)
                    .containsExactly(member);
            assertThat(org.listAccountsForParent(b -> b.parentId(rootId)).accounts()).extracting(Account::id)
                    .doesNotContain(member);

            assertError(() -> org.moveAccount(b -> b.accountId(member).sourceParentId(prod.id()).destinationParentId(prod.id())),
                    "DuplicateAccountException");
            assertError(() -> org.moveAccount(b -> b.accountId(member).sourceParentId("ou-" + rootId.substring(2) + "-zzzzzzzz")
                    .destinationParentId(rootId)), "SourceParentNotFoundException");
            assertError(() -> org.deleteOrganizationalUnit(b -> b.organizationalUnitId(prod.id())),
                    "OrganizationalUnitNotEmptyException");
            assertError(() -> org.deleteOrganizationalUnit(b -> b.organizationalUnitId(workloads.id())),
                    "OrganizationalUnitNotEmptyException");
            assertError(() -> org.listParents(b -> b.childId("999999999999")), "ChildNotFoundException");

            org.moveAccount(b -> b.accountId(member).sourceParentId(prod.id()).destinationParentId(rootId));
            org.deleteOrganizationalUnit(b -> b.organizationalUnitId(prod.id()));
            assertError(() -> org.describeOrganizationalUnit(b -> b.organizationalUnitId(prod.id())),
                    "OrganizationalUnitNotFoundException");
            assertThat(org.listOrganizationalUnitsForParent(b -> b.parentId(workloads.id())).organizationalUnits()).isEmpty();
            assertThat(org.listParents(b -> b.childId(member)).parents().get(0).id()).isEqualTo(rootId);
        }
    }

    @Test
    @Order(8)
    void givenOrganization_whenScpCreatedAttachedAndDetached_thenListingsFollowAndErrorsAreAws() {
        String deny = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                + "\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}";
        try (OrganizationsClient org = organizations(root())) {
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            String orgId = org.describeOrganization().organization().id();

            assertThat(org.listPoliciesForTarget(b -> b.targetId(rootId).filter(PolicyType.SERVICE_CONTROL_POLICY))
                    .policies()).extracting(PolicySummary::id).containsExactly("p-FullAWSAccess");
            PolicySummary full = org.describePolicy(b -> b.policyId("p-FullAWSAccess")).policy().policySummary();
            assertThat(full.awsManaged()).isTrue();
            assertThat(full.arn()).isEqualTo("arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess");

            Policy created = org.createPolicy(b -> b.name("DenyLeaving").description("No leaving")
                    .type(PolicyType.SERVICE_CONTROL_POLICY).content(deny)).policy();
            String policyId = created.policySummary().id();
            assertThat(policyId).matches("p-[a-z0-9]{8}");
            assertThat(created.policySummary().arn()).isEqualTo("arn:aws:organizations::" + ACCOUNT_ID + ":policy/"
                    + orgId + "/service_control_policy/" + policyId);
            assertThat(org.describePolicy(b -> b.policyId(policyId)).policy()).isEqualTo(created);
            assertThat(org.listPolicies(b -> b.filter(PolicyType.SERVICE_CONTROL_POLICY)).policies())
                    .extracting(PolicySummary::name).contains("FullAWSAccess", "DenyLeaving");

            assertError(() -> org.createPolicy(b -> b.name("DenyLeaving").description("again")
                    .type(PolicyType.SERVICE_CONTROL_POLICY).content(deny)), "DuplicatePolicyException");
            assertError(() -> org.createPolicy(b -> b.name("Tags").description("t").type(PolicyType.TAG_POLICY)
                    .content("{}")), "PolicyTypeNotEnabledException");
            assertError(() -> org.createPolicy(b -> b.name("Bad").description("b")
                    .type(PolicyType.SERVICE_CONTROL_POLICY).content("{\"Statement\":[]}")), "MalformedPolicyDocumentException");

            OrganizationalUnit sandbox = org.createOrganizationalUnit(b -> b.parentId(rootId).name("Sandbox"))
                    .organizationalUnit();
            org.attachPolicy(b -> b.policyId(policyId).targetId(sandbox.id()));
            org.attachPolicy(b -> b.policyId(policyId).targetId(ACCOUNT_ID));
            assertError(() -> org.attachPolicy(b -> b.policyId(policyId).targetId(sandbox.id())),
                    "DuplicatePolicyAttachmentException");
            assertError(() -> org.attachPolicy(b -> b.policyId("p-00000000").targetId(rootId)), "PolicyNotFoundException");
            assertError(() -> org.attachPolicy(b -> b.policyId(policyId).targetId("999999999999")), "TargetNotFoundException");

            assertThat(org.listPoliciesForTarget(b -> b.targetId(sandbox.id()).filter(PolicyType.SERVICE_CONTROL_POLICY))
                    .policies()).extracting(PolicySummary::id).containsExactlyInAnyOrder("p-FullAWSAccess", policyId);
            assertThat(org.listTargetsForPolicy(b -> b.policyId(policyId)).targets()).satisfiesExactlyInAnyOrder(
                    t -> {
                        assertThat(t.targetId()).isEqualTo(sandbox.id());
                        assertThat(t.type()).isEqualTo(TargetType.ORGANIZATIONAL_UNIT);
                        assertThat(t.name()).isEqualTo("Sandbox");
                    },
                    t -> {
                        assertThat(t.targetId()).isEqualTo(ACCOUNT_ID);
                        assertThat(t.type()).isEqualTo(TargetType.ACCOUNT);
                    });

            org.detachPolicy(b -> b.policyId(policyId).targetId(sandbox.id()));
            assertError(() -> org.detachPolicy(b -> b.policyId(policyId).targetId(sandbox.id())), "PolicyNotAttachedException");
            assertError(() -> org.detachPolicy(b -> b.policyId("p-FullAWSAccess").targetId(sandbox.id())),
                    "ConstraintViolationException");
            assertThat(org.listTargetsForPolicy(b -> b.policyId(policyId)).targets()).extracting(PolicyTargetSummary::targetId)
                    .containsExactly(ACCOUNT_ID);
            org.deleteOrganizationalUnit(b -> b.organizationalUnitId(sandbox.id()));

            Policy renamed = org.updatePolicy(b -> b.policyId(policyId).name("NoLeaving")).policy();
            assertThat(renamed.policySummary().name()).isEqualTo("NoLeaving");
            assertThat(renamed.policySummary().description()).isEqualTo("No leaving");
            assertThat(renamed.content()).isEqualTo(deny);
            assertError(() -> org.deletePolicy(b -> b.policyId(policyId)), "PolicyInUseException");
            org.detachPolicy(b -> b.policyId(policyId).targetId(ACCOUNT_ID));
            org.deletePolicy(b -> b.policyId(policyId));
            assertError(() -> org.describePolicy(b -> b.policyId(policyId)), "PolicyNotFoundException");
            assertError(() -> org.deletePolicy(b -> b.policyId("p-FullAWSAccess")), "InvalidInputException");
        }
    }

    @Test
    @Order(9)
    void givenMemberInOu_whenScpsAttachedAndDetached_thenSimulationOfItsRoleFollowsTheChainAndManagementIsExempt() {
        String s3Deny = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:*\","
                + "\"Resource\":\"*\"}]}";
        String onlyIam = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\","
                + "\"Resource\":\"*\"}]}";
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (OrganizationsClient org = organizations(root()); IamClient iam = iam(root())) {
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            String member = awaitCompletion(org, org.createAccount(b -> b.accountName("scp-" + suffix)
                    .email("scp-" + suffix + "@example.com")).createAccountStatus().id()).accountId();
            String memberRole = "arn:aws:iam::" + member + ":role/OrganizationAccountAccessRole";
            OrganizationalUnit restricted = org.createOrganizationalUnit(b -> b.parentId(rootId).name("Restricted-" + suffix))
                    .organizationalUnit();
            org.moveAccount(b -> b.accountId(member).sourceParentId(rootId).destinationParentId(restricted.id()));

            // A principal of the management account, allowed s3 by its own identity policy.
            String adminName = "org-admin-" + suffix;
            String adminArn = iam.createUser(b -> b.userName(adminName)).user().arn();
            iam.putUserPolicy(b -> b.userName(adminName).policyName("s3").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));

            // The member's own IAM namespace: its access role (AdministratorAccess) is allowed while FullAWSAccess is
            // the only SCP on its chain.
            assertSimulation(iam, memberRole, "s3:GetObject", "allowed", true);

            String denyId = org.createPolicy(b -> b.name("DenyS3-" + suffix).description("no s3")
                    .type(PolicyType.SERVICE_CONTROL_POLICY).content(s3Deny)).policy().policySummary().id();
            org.attachPolicy(b -> b.policyId(denyId).targetId(restricted.id()));
            // EVAL-2, EVAL-3: a Deny at the member's OU is final for every principal of the member account.
            assertSimulation(iam, memberRole, "s3:GetObject", "explicitDeny", false);
            assertSimulation(iam, memberRole, "iam:ListUsers", "allowed", true);

            // EVAL-3: even a Deny on the root never applies to the management account's principals.
            org.attachPolicy(b -> b.policyId(denyId).targetId(rootId));
            assertSimulation(iam, adminArn, "s3:GetObject", "allowed", true);
            org.detachPolicy(b -> b.policyId(denyId).targetId(rootId));

            // EVAL-3: every level must allow; an OU allowing only iam:* leaves s3 implicitly denied.
            String onlyIamId = org.createPolicy(b -> b.name("OnlyIam-" + suffix).description("iam only")
                    .type(PolicyType.SERVICE_CONTROL_POLICY).content(onlyIam)).policy().policySummary().id();
            org.attachPolicy(b -> b.policyId(onlyIamId).targetId(restricted.id()));
            org.detachPolicy(b -> b.policyId("p-FullAWSAccess").targetId(restricted.id()));
            org.detachPolicy(b -> b.policyId(denyId).targetId(restricted.id()));
            assertSimulation(iam, memberRole, "s3:GetObject", "implicitDeny", false);
            assertSimulation(iam, memberRole, "iam:ListUsers", "allowed", true);

            // The chain follows the account: back under the root, FullAWSAccess all the way.
            org.moveAccount(b -> b.accountId(member).sourceParentId(restricted.id()).destinationParentId(rootId));
            assertSimulation(iam, memberRole, "s3:GetObject", "allowed", true);
            org.moveAccount(b -> b.accountId(member).sourceParentId(rootId).destinationParentId(restricted.id()));
            assertSimulation(iam, memberRole, "s3:GetObject", "implicitDeny", false);

            // Disabling SCPs detaches them everywhere: nothing restricts the member any more.
            Root disabled = org.disablePolicyType(b -> b.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY)).root();
            assertThat(disabled.policyTypes()).isEmpty();
            assertThat(org.listTargetsForPolicy(b -> b.policyId(onlyIamId)).targets()).isEmpty();
            assertSimulation(iam, memberRole, "s3:GetObject", "allowed", true);
            assertError(() -> org.attachPolicy(b -> b.policyId(onlyIamId).targetId(restricted.id())),
                    "PolicyTypeNotEnabledException");
            assertError(() -> org.disablePolicyType(b -> b.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY)),
                    "PolicyTypeNotEnabledException");

            Root enabled = org.enablePolicyType(b -> b.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY)).root();
            assertThat(enabled.policyTypes()).singleElement().satisfies(t -> {
                assertThat(t.type()).isEqualTo(PolicyType.SERVICE_CONTROL_POLICY);
                assertThat(t.statusAsString()).isEqualTo("ENABLED");
            });
            assertThat(org.listPoliciesForTarget(b -> b.targetId(restricted.id()).filter(PolicyType.SERVICE_CONTROL_POLICY))
                    .policies()).extracting(PolicySummary::id).containsExactly("p-FullAWSAccess");
            assertError(() -> org.enablePolicyType(b -> b.rootId(rootId).policyType(PolicyType.SERVICE_CONTROL_POLICY)),
                    "PolicyTypeAlreadyEnabledException");
            assertError(() -> org.enablePolicyType(b -> b.rootId(rootId).policyType(PolicyType.TAG_POLICY)),
                    "PolicyTypeNotAvailableForOrganizationException");
            assertError(() -> org.enablePolicyType(b -> b.rootId("r-zzzz").policyType(PolicyType.RESOURCE_CONTROL_POLICY)),
                    "RootNotFoundException");

            // An account outside the caller's organization stays unknown to the simulator.
            assertThatThrownBy(() -> iam.simulatePrincipalPolicy(b -> b.policySourceArn(
                            "arn:aws:iam::999999999999:role/OrganizationAccountAccessRole").actionNames("s3:GetObject")))
                    .isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        }
    }

    @Test
    @Order(10)
    void givenRcpEnabled_whenRcpCreatedAndAttached_thenListedByTypeWithRcpFullAwsAccessEverywhere() {
        String rcp = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}]}";
        try (OrganizationsClient org = organizations(root())) {
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            String orgId = org.describeOrganization().organization().id();
            String member = org.listAccounts(b -> { }).accounts().stream().map(Account::id)
                    .filter(id -> !id.equals(ACCOUNT_ID)).findFirst().orElseThrow();

            Policy created = org.createPolicy(b -> b.name("KeepBuckets").description("no bucket deletion")
                    .type(PolicyType.RESOURCE_CONTROL_POLICY).content(rcp)).policy();
            String rcpId = created.policySummary().id();
            assertThat(created.policySummary().arn()).isEqualTo("arn:aws:organizations::" + ACCOUNT_ID + ":policy/"
                    + orgId + "/resource_control_policy/" + rcpId);
            assertError(() -> org.attachPolicy(b -> b.policyId(rcpId).targetId(member)), "PolicyTypeNotEnabledException");
            assertError(() -> org.createPolicy(b -> b.name("NoPrincipal").description("d")
                    .type(PolicyType.RESOURCE_CONTROL_POLICY).content("{\"Version\":\"2012-10-17\",\"Statement\":"
                            + "[{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}")),
                    "MalformedPolicyDocumentException");

            Root root = org.enablePolicyType(b -> b.rootId(rootId).policyType(PolicyType.RESOURCE_CONTROL_POLICY)).root();
            assertThat(root.policyTypes()).extracting(t -> t.typeAsString())
                    .containsExactlyInAnyOrder("SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY");
            assertThat(org.listRoots(b -> { }).roots().get(0).policyTypes()).hasSize(2);
            org.attachPolicy(b -> b.policyId(rcpId).targetId(member));

            assertThat(org.listPoliciesForTarget(b -> b.targetId(member).filter(PolicyType.RESOURCE_CONTROL_POLICY))
                    .policies()).extracting(PolicySummary::id).containsExactlyInAnyOrder("p-RCPFullAWSAccess", rcpId);
            assertThat(org.listPoliciesForTarget(b -> b.targetId(rootId).filter(PolicyType.RESOURCE_CONTROL_POLICY))
                    .policies()).singleElement().satisfies(p -> {
                        assertThat(p.id()).isEqualTo("p-RCPFullAWSAccess");
                        assertThat(p.awsManaged()).isTrue();
                        assertThat(p.arn()).isEqualTo(
                                "arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess");
                    });
            assertThat(org.listPolicies(b -> b.filter(PolicyType.RESOURCE_CONTROL_POLICY)).policies())
                    .extracting(PolicySummary::name).contains("RCPFullAWSAccess", "KeepBuckets")
                    .doesNotContain("FullAWSAccess");
            assertThat(org.listPolicies(b -> b.filter(PolicyType.SERVICE_CONTROL_POLICY)).policies())
                    .extracting(PolicySummary::name).doesNotContain("KeepBuckets", "RCPFullAWSAccess");
            assertThat(org.listTargetsForPolicy(b -> b.policyId(rcpId)).targets()).extracting(PolicyTargetSummary::targetId)
                    .containsExactly(member);

            assertThatThrownBy(() -> org.detachPolicy(b -> b.policyId("p-RCPFullAWSAccess").targetId(rootId)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.reasonAsString()).isEqualTo("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
                    });
        }
    }

    @Test
    @Order(11)
    void givenOrganizationResources_whenTaggedAndUntagged_thenListedAndErrorsNameTheReason() {
        try (OrganizationsClient org = organizations(root())) {
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            OrganizationalUnit tagged = org.createOrganizationalUnit(b -> b.parentId(rootId).name("Tagged")
                    .tags(Tag.builder().key("team").value("platform").build())).organizationalUnit();
            assertThat(org.listTagsForResource(b -> b.resourceId(tagged.id())).tags())
                    .containsExactly(Tag.builder().key("team").value("platform").build());

            String email = "tagged-" + UUID.randomUUID() + "@example.com";
            String account = awaitCompletion(org, org.createAccount(b -> b.accountName("tagged").email(email)
                    .tags(Tag.builder().key("env").value("dev").build())).createAccountStatus().id()).accountId();
            assertThat(org.listTagsForResource(b -> b.resourceId(account)).tags())
                    .containsExactly(Tag.builder().key("env").value("dev").build());

            String policyId = org.createPolicy(b -> b.name("TaggedPolicy").description("d")
                    .type(PolicyType.SERVICE_CONTROL_POLICY).content(Policies.FULL)
                    .tags(Tag.builder().key("owner").value("sec").build())).policy().policySummary().id();
            org.tagResource(b -> b.resourceId(policyId).tags(Tag.builder().key("owner").value("security").build(),
                    Tag.builder().key("tier").value("").build()));
            assertThat(org.listTagsForResource(b -> b.resourceId(policyId)).tags()).containsExactly(
                    Tag.builder().key("owner").value("security").build(), Tag.builder().key("tier").value("").build());
            org.untagResource(b -> b.resourceId(policyId).tagKeys("owner", "absent"));
            assertThat(org.listTagsForResource(b -> b.resourceId(policyId)).tags()).extracting(Tag::key)
                    .containsExactly("tier");

            org.tagResource(b -> b.resourceId(rootId).tags(Tag.builder().key("scope").value("all").build()));
            assertThat(org.listTagsForResource(b -> b.resourceId(rootId)).tags()).extracting(Tag::key).containsExactly("scope");

            assertThatThrownBy(() -> org.tagResource(b -> b.resourceId(rootId).tags(Tag.builder().key("aws:x").value("1").build())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.reasonAsString()).isEqualTo("INVALID_SYSTEM_TAGS_PARAMETER"));
            assertError(() -> org.tagResource(b -> b.resourceId("999999999999").tags(Tag.builder().key("a").value("b").build())),
                    "TargetNotFoundException");
            assertError(() -> org.listTagsForResource(b -> b.resourceId("999999999999")), "TargetNotFoundException");
        }
    }

    @Test
    @Order(12)
    void givenMemberAccount_whenClosed_thenSuspendedStillListedAndClosedOnlyOnce() {
        try (OrganizationsClient org = organizations(root())) {
            String email = "closing-" + UUID.randomUUID() + "@example.com";
            String account = awaitCompletion(org, org.createAccount(b -> b.accountName("closing").email(email))
                    .createAccountStatus().id()).accountId();

            org.closeAccount(b -> b.accountId(account));

            assertThat(org.describeAccount(b -> b.accountId(account)).account().statusAsString()).isEqualTo("SUSPENDED");
            assertThat(org.listAccounts(b -> { }).accounts()).extracting(Account::id).contains(account);
            assertError(() -> org.closeAccount(b -> b.accountId(account)), "AccountAlreadyClosedException");
            assertError(() -> org.closeAccount(b -> b.accountId("999999999999")), "AccountNotFoundException");
            assertThatThrownBy(() -> org.closeAccount(b -> b.accountId(ACCOUNT_ID)))
                    .isInstanceOfSatisfying(ConstraintViolationException.class,
                            e -> assertThat(e.reasonAsString()).isEqualTo("CANNOT_CLOSE_MANAGEMENT_ACCOUNT"));
        }
    }

    @Test
    @Order(13)
    void givenOrganization_whenOrganizationPoliciesAsked_thenChainsFromMemoryMatchTheTreeAlsoWhenLoadedAfresh() {
        try (OrganizationsClient org = organizations(root())) {
            String rootId = org.listRoots(b -> { }).roots().get(0).id();
            String orgId = org.describeOrganization().organization().id();
            OrganizationalUnit team = org.createOrganizationalUnit(b -> b.parentId(rootId).name("Chain")).organizationalUnit();
            String member = awaitCompletion(org, org.createAccount(b -> b.accountName("chain")
                    .email("chain-" + UUID.randomUUID() + "@example.com")).createAccountStatus().id()).accountId();
            org.moveAccount(b -> b.accountId(member).sourceParentId(rootId).destinationParentId(team.id()));
            String scp = org.createPolicy(b -> b.name("ChainDeny").description("d").type(PolicyType.SERVICE_CONTROL_POLICY)
                    .content("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
                            + "\"ec2:*\",\"Resource\":\"*\"}]}")).policy().policySummary().id();
            org.attachPolicy(b -> b.policyId(scp).targetId(team.id()));

            // The running server's instance followed every committed change; a fresh one loads the same from the
            // event store (as at a restart).
            OrganizationPolicies fresh = (OrganizationPolicies) context.getAutowireCapableBeanFactory()
                    .createBean(organizationPolicies.getClass());
            for (OrganizationPolicies policies : List.of(organizationPolicies, fresh)) {
                assertThat(policies.serviceControlLevels(member)).extracting(level -> level.stream()
                        .map(OrganizationPolicies.OrgPolicy::policyId).toList())
                        .containsExactly(List.of("p-FullAWSAccess"), List.of("p-FullAWSAccess", scp),
                                List.of("p-FullAWSAccess"));
                assertThat(policies.resourceControlLevels(member)).extracting(level -> level.stream()
                        .map(OrganizationPolicies.OrgPolicy::policyId).toList())
                        .containsExactly(List.of("p-RCPFullAWSAccess"), List.of("p-RCPFullAWSAccess"),
                                List.of("p-RCPFullAWSAccess"));
                assertThat(policies.organizationId(member)).contains(orgId);
                // EVAL-3: nothing applies to the management account, which is still of the organization.
                assertThat(policies.serviceControlLevels(ACCOUNT_ID)).isEmpty();
                assertThat(policies.resourceControlLevels(ACCOUNT_ID)).isEmpty();
                assertThat(policies.organizationId(ACCOUNT_ID)).contains(orgId);
                assertThat(policies.serviceControlLevels("999999999999")).isEmpty();
                assertThat(policies.organizationId("999999999999")).isEmpty();
            }
        }
    }

    private static void assertSimulation(IamClient iam, String principalArn, String action, String decision,
                                         boolean allowedByOrganizations) {
        EvaluationResult result = iam.simulatePrincipalPolicy(b -> b.policySourceArn(principalArn).actionNames(action))
                .evaluationResults().get(0);
        assertThat(result.evalDecisionAsString()).as("%s %s", principalArn, action).isEqualTo(decision);
        assertThat(result.organizationsDecisionDetail().allowedByOrganizations())
                .as("AllowedByOrganizations of %s %s", principalArn, action).isEqualTo(allowedByOrganizations);
    }

    /** Policy documents of the tests. */
    private static final class Policies {
        static final String FULL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Resource\":\"*\"}]}";
    }

    private static void ensureNoOrganizationYet(OrganizationsClient org) {
        // Ordered within this class; no other IT creates an organization.
    }

    private static void assertError(Runnable call, String code) {
        // Every Organizations error is a client error (400) in the model, except ServiceException.
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }

    static String decode(String document) {
        return URLDecoder.decode(document, StandardCharsets.UTF_8);
    }
}
