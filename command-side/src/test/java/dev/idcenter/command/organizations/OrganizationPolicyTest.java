package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.OrganizationalUnitDeleted;
import dev.idcenter.events.organizations.PolicyAttached;
import dev.idcenter.events.organizations.PolicyCreated;
import dev.idcenter.events.organizations.PolicyDeleted;
import dev.idcenter.events.organizations.PolicyDetached;
import dev.idcenter.events.organizations.PolicyUpdated;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** Service control policies of the organization and their attachments. */
class OrganizationPolicyTest {

    private static final String ORG = "o-exampleorg";
    private static final String MGMT = "111122223333";
    private static final String MEMBER = "444455556666";
    private static final String ROOT = "r-ab12";
    private static final String OU = "ou-ab12-aaaaaaaa";
    private static final String POLICY = "p-examplep1";
    private static final String FULL = Policies.FULL_AWS_ACCESS_ID;
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String DENY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}";
    private static final OrganizationCreated CREATED = new OrganizationCreated(ORG, MGMT, ROOT, "ALL", AT);
    private static final PolicyCreated POLICY_CREATED = new PolicyCreated(ORG, POLICY, "DenyLeaving", "d",
            "SERVICE_CONTROL_POLICY", DENY, AT);
    private static final OrganizationalUnitCreated OU_CREATED = new OrganizationalUnitCreated(ORG, OU, ROOT, "Workloads", AT);

    private static AggregateTestFixture<Organization> fixture() {
        return new AggregateTestFixture<>(Organization.class);
    }

    private static void expectError(Object[] given, Object command, String code) {
        fixture().given(given).when(command)
                .expectException(Matchers.<Throwable>predicate(e -> e instanceof AwsErrorException aws && aws.code().equals(code)))
                .expectNoEvents();
    }

    @Test
    void givenOrganization_whenCreateScp_thenCreated() {
        fixture().given(CREATED)
                .when(new CreatePolicy(ORG, POLICY, "DenyLeaving", "d", "SERVICE_CONTROL_POLICY", DENY, AT))
                .expectEvents(POLICY_CREATED);
    }

    @Test
    void givenOrganization_whenOtherPolicyType_thenPolicyTypeNotEnabled() {
        expectError(new Object[]{CREATED}, new CreatePolicy(ORG, POLICY, "Tags", "d", "TAG_POLICY", "{}", AT),
                "PolicyTypeNotEnabledException");
    }

    @Test
    void givenOrganization_whenScpWithPrincipal_thenMalformedPolicyDocument() {
        String withPrincipal = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
        expectError(new Object[]{CREATED}, new CreatePolicy(ORG, POLICY, "Bad", "d", "SERVICE_CONTROL_POLICY", withPrincipal, AT),
                "MalformedPolicyDocumentException");
        expectError(new Object[]{CREATED}, new CreatePolicy(ORG, POLICY, "Bad", "d", "SERVICE_CONTROL_POLICY", "not json", AT),
                "MalformedPolicyDocumentException");
    }

    @Test
    void givenPolicy_whenSameName_thenDuplicatePolicy() {
        expectError(new Object[]{CREATED, POLICY_CREATED},
                new CreatePolicy(ORG, "p-examplep2", "DenyLeaving", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                "DuplicatePolicyException");
        expectError(new Object[]{CREATED},
                new CreatePolicy(ORG, "p-examplep2", "FullAWSAccess", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                "DuplicatePolicyException");
    }

    @Test
    void givenPolicyAndOu_whenAttachedToOu_thenAttached() {
        fixture().given(CREATED, POLICY_CREATED, OU_CREATED).when(new AttachPolicy(ORG, POLICY, OU))
                .expectEvents(new PolicyAttached(ORG, POLICY, OU));
    }

    @Test
    void givenPolicyAndMember_whenAttachedToRootAndAccount_thenAttached() {
        fixture().given(CREATED, POLICY_CREATED).when(new AttachPolicy(ORG, POLICY, ROOT))
                .expectEvents(new PolicyAttached(ORG, POLICY, ROOT));
        fixture().given(CREATED, POLICY_CREATED,
                        new AccountCreationRequested(ORG, "car-exampleexampleexample123456", MEMBER, "dev",
                                "dev@example.com", "OrganizationAccountAccessRole", AT),
                        new AccountCreationSucceeded(ORG, "car-exampleexampleexample123456", MEMBER, "dev",
                                "dev@example.com", ROOT, AT))
                .when(new AttachPolicy(ORG, POLICY, MEMBER))
                .expectEvents(new PolicyAttached(ORG, POLICY, MEMBER));
    }

    @Test
    void givenFullAwsAccessOnEveryTarget_whenAttachedAgain_thenDuplicatePolicyAttachment() {
        expectError(new Object[]{CREATED}, new AttachPolicy(ORG, FULL, ROOT), "DuplicatePolicyAttachmentException");
        expectError(new Object[]{CREATED}, new AttachPolicy(ORG, FULL, MGMT), "DuplicatePolicyAttachmentException");
        expectError(new Object[]{CREATED, OU_CREATED}, new AttachPolicy(ORG, FULL, OU), "DuplicatePolicyAttachmentException");
        expectError(new Object[]{CREATED, POLICY_CREATED, new PolicyAttached(ORG, POLICY, ROOT)},
                new AttachPolicy(ORG, POLICY, ROOT), "DuplicatePolicyAttachmentException");
    }

    @Test
    void givenUnknownPolicyOrTarget_whenAttached_thenNotFound() {
        expectError(new Object[]{CREATED}, new AttachPolicy(ORG, POLICY, ROOT), "PolicyNotFoundException");
        expectError(new Object[]{CREATED, POLICY_CREATED}, new AttachPolicy(ORG, POLICY, OU), "TargetNotFoundException");
        expectError(new Object[]{CREATED, POLICY_CREATED, OU_CREATED, new OrganizationalUnitDeleted(ORG, OU, ROOT)},
                new AttachPolicy(ORG, POLICY, OU), "TargetNotFoundException");
    }

    @Test
    void givenAttachedPolicy_whenDetached_thenDetached() {
        fixture().given(CREATED, POLICY_CREATED, new PolicyAttached(ORG, POLICY, ROOT))
                .when(new DetachPolicy(ORG, FULL, ROOT))
                .expectEvents(new PolicyDetached(ORG, FULL, ROOT));
    }

    @Test
    void givenOnlyFullAwsAccess_whenDetached_thenConstraintViolation() {
        expectError(new Object[]{CREATED}, new DetachPolicy(ORG, FULL, ROOT), "ConstraintViolationException");
    }

    @Test
    void givenPolicyNotAttached_whenDetached_thenPolicyNotAttached() {
        expectError(new Object[]{CREATED, POLICY_CREATED}, new DetachPolicy(ORG, POLICY, ROOT), "PolicyNotAttachedException");
    }

    @Test
    void givenFivePolicies_whenSixthAttached_thenConstraintViolation() {
        Object[] given = {CREATED,
                new PolicyCreated(ORG, "p-example01", "1", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                new PolicyCreated(ORG, "p-example02", "2", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                new PolicyCreated(ORG, "p-example03", "3", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                new PolicyCreated(ORG, "p-example04", "4", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                new PolicyCreated(ORG, "p-example05", "5", "d", "SERVICE_CONTROL_POLICY", DENY, AT),
                new PolicyAttached(ORG, "p-example01", ROOT),
                new PolicyAttached(ORG, "p-example02", ROOT),
                new PolicyAttached(ORG, "p-example03", ROOT),
                new PolicyAttached(ORG, "p-example04", ROOT)};
        expectError(given, new AttachPolicy(ORG, "p-example05", ROOT), "ConstraintViolationException");
    }

    @Test
    void givenPolicy_whenRenamed_thenUpdatedWithTheUnchangedFields() {
        fixture().given(CREATED, POLICY_CREATED).when(new UpdatePolicy(ORG, POLICY, "NoLeaving", null, null))
                .expectEvents(new PolicyUpdated(ORG, POLICY, "NoLeaving", "d", DENY));
    }

    @Test
    void givenPolicy_whenUpdatedToTheSameValues_thenNothingChanges() {
        fixture().given(CREATED, POLICY_CREATED).when(new UpdatePolicy(ORG, POLICY, "DenyLeaving", "d", DENY))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenPolicy_whenUpdateIsInvalid_thenAwsErrors() {
        expectError(new Object[]{CREATED, POLICY_CREATED}, new UpdatePolicy(ORG, POLICY, null, null, "{}"),
                "MalformedPolicyDocumentException");
        expectError(new Object[]{CREATED, POLICY_CREATED}, new UpdatePolicy(ORG, POLICY, "FullAWSAccess", null, null),
                "DuplicatePolicyException");
        expectError(new Object[]{CREATED}, new UpdatePolicy(ORG, POLICY, "x", null, null), "PolicyNotFoundException");
        expectError(new Object[]{CREATED}, new UpdatePolicy(ORG, FULL, "x", null, null), "InvalidInputException");
    }

    @Test
    void givenDetachedPolicy_whenDeleted_thenDeletedAndItsNameFree() {
        fixture().given(CREATED, POLICY_CREATED).when(new DeletePolicy(ORG, POLICY))
                .expectEvents(new PolicyDeleted(ORG, POLICY));
        fixture().given(CREATED, POLICY_CREATED, new PolicyDeleted(ORG, POLICY))
                .when(new CreatePolicy(ORG, "p-examplep2", "DenyLeaving", "d", "SERVICE_CONTROL_POLICY", DENY, AT))
                .expectEvents(new PolicyCreated(ORG, "p-examplep2", "DenyLeaving", "d", "SERVICE_CONTROL_POLICY", DENY, AT));
    }

    @Test
    void givenAttachedOrAwsManagedPolicy_whenDeleted_thenAwsErrors() {
        expectError(new Object[]{CREATED, POLICY_CREATED, new PolicyAttached(ORG, POLICY, ROOT)},
                new DeletePolicy(ORG, POLICY), "PolicyInUseException");
        expectError(new Object[]{CREATED}, new DeletePolicy(ORG, FULL), "InvalidInputException");
        expectError(new Object[]{CREATED}, new DeletePolicy(ORG, POLICY), "PolicyNotFoundException");
    }
}
