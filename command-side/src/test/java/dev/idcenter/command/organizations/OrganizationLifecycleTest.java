package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.AccountClosed;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.events.organizations.OrganizationResourceTagged;
import dev.idcenter.events.organizations.OrganizationResourceUntagged;
import dev.idcenter.events.organizations.OrganizationTag;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.PolicyAttached;
import dev.idcenter.events.organizations.PolicyCreated;
import dev.idcenter.events.organizations.PolicyDetached;
import dev.idcenter.events.organizations.PolicyTypeDisabled;
import dev.idcenter.events.organizations.PolicyTypeEnabled;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Policy types (SCP, RCP) enabled and disabled in the root, tags of the organization's resources, CloseAccount. */
class OrganizationLifecycleTest {

    private static final String ORG = "o-exampleorg";
    private static final String MGMT = "111122223333";
    private static final String MEMBER = "444455556666";
    private static final String ROOT = "r-ab12";
    private static final String OU = "ou-ab12-aaaaaaaa";
    private static final String RCP = "p-examplercp";
    private static final String SCP = "p-examplescp";
    private static final String SCP_TYPE = Policies.SERVICE_CONTROL_POLICY;
    private static final String RCP_TYPE = Policies.RESOURCE_CONTROL_POLICY;
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String RCP_DENY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
    private static final String SCP_DENY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
    private static final OrganizationCreated CREATED = new OrganizationCreated(ORG, MGMT, ROOT, "ALL", AT);
    private static final AccountCreationRequested REQUESTED = new AccountCreationRequested(ORG,
            "car-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", MEMBER, "dev", "dev@example.com", "OrganizationAccountAccessRole", AT);
    private static final AccountCreationSucceeded JOINED = new AccountCreationSucceeded(ORG,
            "car-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", MEMBER, "dev", "dev@example.com", ROOT, AT);
    private static final OrganizationalUnitCreated OU_CREATED = new OrganizationalUnitCreated(ORG, OU, ROOT, "Workloads", AT);
    private static final PolicyCreated RCP_CREATED = new PolicyCreated(ORG, RCP, "NoReads", "d", RCP_TYPE, RCP_DENY, AT);
    private static final PolicyCreated SCP_CREATED = new PolicyCreated(ORG, SCP, "NoS3", "d", SCP_TYPE, SCP_DENY, AT);
    private static final PolicyTypeEnabled RCP_ENABLED = new PolicyTypeEnabled(ORG, ROOT, RCP_TYPE);

    private static AggregateTestFixture<Organization> fixture() {
        return new AggregateTestFixture<>(Organization.class);
    }

    private static void expectError(Object[] given, Object command, String code) {
        fixture().given(given).when(command)
                .expectException(Matchers.<Throwable>predicate(e -> e instanceof AwsErrorException aws && aws.code().equals(code)))
                .expectNoEvents();
    }

    private static void expectError(Object[] given, Object command, String code, String reason) {
        fixture().given(given).when(command)
                .expectException(Matchers.<Throwable>predicate(e -> e instanceof AwsErrorException aws
                        && aws.code().equals(code) && reason.equals(aws.members().get("Reason"))))
                .expectNoEvents();
    }

    @Test
    void givenOrganization_whenEnableRcp_thenEnabledAndRcpFullAwsAccessAttachable() {
        fixture().given(CREATED).when(new EnablePolicyType(ORG, ROOT, RCP_TYPE)).expectEvents(RCP_ENABLED);
        // RCPFullAWSAccess went onto the root with the type: attaching it again is a duplicate.
        expectError(new Object[]{CREATED, RCP_ENABLED}, new AttachPolicy(ORG, Policies.RCP_FULL_AWS_ACCESS_ID, ROOT),
                "DuplicatePolicyAttachmentException");
    }

    @Test
    void givenRcpEnabled_whenEnabledAgain_thenAlreadyEnabled() {
        expectError(new Object[]{CREATED, RCP_ENABLED}, new EnablePolicyType(ORG, ROOT, RCP_TYPE),
                "PolicyTypeAlreadyEnabledException");
        // Service control policies are enabled at creation (ADR 0005).
        expectError(new Object[]{CREATED}, new EnablePolicyType(ORG, ROOT, SCP_TYPE), "PolicyTypeAlreadyEnabledException");
    }

    @Test
    void givenOrganization_whenOtherTypeOrOtherRoot_thenNotAvailableOrRootNotFound() {
        expectError(new Object[]{CREATED}, new EnablePolicyType(ORG, ROOT, "TAG_POLICY"),
                "PolicyTypeNotAvailableForOrganizationException");
        expectError(new Object[]{CREATED}, new EnablePolicyType(ORG, "r-zzzz", RCP_TYPE), "RootNotFoundException");
        expectError(new Object[]{CREATED}, new DisablePolicyType(ORG, ROOT, RCP_TYPE), "PolicyTypeNotEnabledException");
    }

    @Test
    void givenRcpNotEnabled_whenRcpCreatedAndAttached_thenCreatedButPolicyTypeNotEnabled() {
        fixture().given(CREATED).when(new CreatePolicy(ORG, RCP, "NoReads", "d", RCP_TYPE, RCP_DENY, AT))
                .expectEvents(RCP_CREATED);
        expectError(new Object[]{CREATED, RCP_CREATED}, new AttachPolicy(ORG, RCP, OU), "TargetNotFoundException");
        expectError(new Object[]{CREATED, RCP_CREATED}, new AttachPolicy(ORG, RCP, ROOT), "PolicyTypeNotEnabledException");
        fixture().given(CREATED, RCP_CREATED, RCP_ENABLED).when(new AttachPolicy(ORG, RCP, ROOT))
                .expectEvents(new PolicyAttached(ORG, RCP, ROOT));
    }

    @Test
    void givenRcpWithoutPrincipalStar_whenCreated_thenMalformed() {
        // An RCP follows policy-engine's RCP rules: its Principal must be "*"; an SCP has none.
        expectError(new Object[]{CREATED}, new CreatePolicy(ORG, RCP, "Bad", "d", RCP_TYPE, SCP_DENY, AT),
                "MalformedPolicyDocumentException");
        expectError(new Object[]{CREATED}, new CreatePolicy(ORG, SCP, "Bad", "d", SCP_TYPE, RCP_DENY, AT),
                "MalformedPolicyDocumentException");
    }

    @Test
    void givenScpAndRcpAttached_whenCountingPerType_thenLimitsApplyToEachTypeAlone() {
        // The root holds FullAWSAccess and RCPFullAWSAccess: detaching either would leave its type with none.
        expectError(new Object[]{CREATED, RCP_ENABLED}, new DetachPolicy(ORG, Policies.RCP_FULL_AWS_ACCESS_ID, ROOT),
                "ConstraintViolationException", "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
        fixture().given(CREATED, RCP_ENABLED, RCP_CREATED, new PolicyAttached(ORG, RCP, ROOT))
                .when(new DetachPolicy(ORG, Policies.RCP_FULL_AWS_ACCESS_ID, ROOT))
                .expectEvents(new PolicyDetached(ORG, Policies.RCP_FULL_AWS_ACCESS_ID, ROOT));
    }

    @Test
    void givenFiveScpsOnTarget_whenSixthAttached_thenConstraintViolationWithReason() {
        Object[] given = java.util.stream.Stream.concat(java.util.stream.Stream.of(CREATED, OU_CREATED),
                IntStream.range(0, 5).boxed().flatMap(i -> java.util.stream.Stream.of(
                        new PolicyCreated(ORG, "p-scp0000" + i, "S" + i, "d", SCP_TYPE, SCP_DENY, AT),
                        i < 4 ? new PolicyAttached(ORG, "p-scp0000" + i, OU) : new PolicyTypeEnabled(ORG, ROOT, RCP_TYPE))))
                .toArray();
        expectError(given, new AttachPolicy(ORG, "p-scp00004", OU), "ConstraintViolationException",
                "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
    }

    @Test
    void givenScpsAttached_whenScpDisabled_thenDetachedEverywhereAndNotAttachable() {
        Object[] given = {CREATED, OU_CREATED, SCP_CREATED, new PolicyAttached(ORG, SCP, OU)};
        fixture().given(given).when(new DisablePolicyType(ORG, ROOT, SCP_TYPE))
                .expectEvents(new PolicyTypeDisabled(ORG, ROOT, SCP_TYPE));
        Object[] disabled = {CREATED, OU_CREATED, SCP_CREATED, new PolicyAttached(ORG, SCP, OU),
                new PolicyTypeDisabled(ORG, ROOT, SCP_TYPE)};
        expectError(disabled, new AttachPolicy(ORG, SCP, OU), "PolicyTypeNotEnabledException");
        // Nothing is attached any more, so the policy may go.
        fixture().given(disabled).when(new DeletePolicy(ORG, SCP)).expectSuccessfulHandlerExecution();
        // Enabling again puts FullAWSAccess back on every target.
        Object[] again = {CREATED, OU_CREATED, new PolicyTypeDisabled(ORG, ROOT, SCP_TYPE),
                new PolicyTypeEnabled(ORG, ROOT, SCP_TYPE)};
        expectError(again, new AttachPolicy(ORG, Policies.FULL_AWS_ACCESS_ID, OU), "DuplicatePolicyAttachmentException");
    }

    @Test
    void givenOu_whenTaggedAndUntagged_thenEventsOnlyForKeysItHas() {
        List<OrganizationTag> tags = List.of(new OrganizationTag("team", "platform"));
        fixture().given(CREATED, OU_CREATED).when(new TagResource(ORG, OU, tags))
                .expectEvents(new OrganizationResourceTagged(ORG, OU, tags));
        fixture().given(CREATED, OU_CREATED, new OrganizationResourceTagged(ORG, OU, tags))
                .when(new UntagResource(ORG, OU, List.of("team", "absent")))
                .expectEvents(new OrganizationResourceUntagged(ORG, OU, List.of("team")));
        fixture().given(CREATED, OU_CREATED).when(new UntagResource(ORG, OU, List.of("absent"))).expectNoEvents();
    }

    @Test
    void givenOrganization_whenCreatedWithTags_thenTaggedWithTheCreation() {
        List<OrganizationTag> tags = List.of(new OrganizationTag("env", "prod"));
        fixture().given(CREATED).when(new CreateOrganizationalUnit(ORG, OU, ROOT, "Workloads", AT, tags))
                .expectEvents(OU_CREATED, new OrganizationResourceTagged(ORG, OU, tags));
        fixture().given(CREATED).when(new CreatePolicy(ORG, SCP, "NoS3", "d", SCP_TYPE, SCP_DENY, AT, tags))
                .expectEvents(SCP_CREATED, new OrganizationResourceTagged(ORG, SCP, tags));
        fixture().given(CREATED).when(new RequestAccountCreation(ORG, REQUESTED.requestId(), MEMBER, "dev",
                        "dev@example.com", "OrganizationAccountAccessRole", AT, tags))
                .expectEvents(REQUESTED, new OrganizationResourceTagged(ORG, MEMBER, tags));
    }

    @Test
    void givenBadTags_whenTagging_thenInvalidInputOrConstraintViolation() {
        Object[] given = {CREATED, OU_CREATED};
        expectError(given, new TagResource(ORG, OU, List.of(new OrganizationTag("aws:team", "x"))),
                "InvalidInputException", "INVALID_SYSTEM_TAGS_PARAMETER");
        expectError(given, new TagResource(ORG, OU, List.of(new OrganizationTag("a", "1"), new OrganizationTag("a", "2"))),
                "InvalidInputException", "DUPLICATE_TAG_KEY");
        List<OrganizationTag> fifty = IntStream.range(0, 50).mapToObj(i -> new OrganizationTag("k" + i, "v")).toList();
        expectError(new Object[]{CREATED, OU_CREATED, new OrganizationResourceTagged(ORG, OU, fifty)},
                new TagResource(ORG, OU, List.of(new OrganizationTag("one-more", "v"))),
                "ConstraintViolationException", "MAX_TAG_LIMIT_EXCEEDED");
        expectError(given, new TagResource(ORG, "ou-ab12-zzzzzzzz", List.of(new OrganizationTag("a", "1"))),
                "TargetNotFoundException");
        expectError(given, new TagResource(ORG, Policies.FULL_AWS_ACCESS_ID, List.of(new OrganizationTag("a", "1"))),
                "TargetNotFoundException");
        expectError(given, new CreateOrganizationalUnit(ORG, "ou-ab12-bbbbbbbb", ROOT, "Other", AT,
                List.of(new OrganizationTag("aws:x", "1"))), "InvalidInputException");
    }

    @Test
    void givenMember_whenClosed_thenClosedOnceAndManagementAccountNever() {
        Object[] given = {CREATED, REQUESTED, JOINED};
        fixture().given(given).when(new CloseAccount(ORG, MEMBER, AT)).expectEvents(new AccountClosed(ORG, MEMBER, AT));
        expectError(new Object[]{CREATED, REQUESTED, JOINED, new AccountClosed(ORG, MEMBER, AT)},
                new CloseAccount(ORG, MEMBER, AT), "AccountAlreadyClosedException");
        expectError(given, new CloseAccount(ORG, MGMT, AT), "ConstraintViolationException",
                "CANNOT_CLOSE_MANAGEMENT_ACCOUNT");
        expectError(given, new CloseAccount(ORG, "999999999999", AT), "AccountNotFoundException");
    }
}
