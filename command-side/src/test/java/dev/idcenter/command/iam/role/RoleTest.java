package dev.idcenter.command.iam.role;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import dev.idcenter.events.iam.role.RoleDescriptionChanged;
import dev.idcenter.events.iam.role.RoleInlinePolicyDeleted;
import dev.idcenter.events.iam.role.RoleInlinePolicyPut;
import dev.idcenter.events.iam.role.RoleManagedPolicyAttached;
import dev.idcenter.events.iam.role.RoleManagedPolicyDetached;
import dev.idcenter.events.iam.role.RoleMaxSessionDurationChanged;
import dev.idcenter.events.iam.role.RolePermissionsBoundaryRemoved;
import dev.idcenter.events.iam.role.RolePermissionsBoundarySet;
import dev.idcenter.events.iam.role.RoleTagged;
import dev.idcenter.events.iam.role.RoleTrustPolicyChanged;
import dev.idcenter.events.iam.role.RoleUntagged;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;


class RoleTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "AROAEXAMPLEROLEID1234";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}""";
    private static final String READ = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    private static final RoleCreated CREATED = new RoleCreated(ACCOUNT, ID, "deployer", "/", TRUST, null, 3600, null,
            List.of(new Tag("team", "platform")), AT);

    /** A fresh fixture per scenario: one that saw a rejected command cannot be given new events. */
    private static AggregateTestFixture<Role> fixture() {
        return new AggregateTestFixture<>(Role.class);
    }

    @Test
    void givenNothing_whenCreateRoleWithValidTrustPolicy_thenRoleCreated() {
        fixture().givenNoPriorActivity()
                .when(new CreateRole(ID, ACCOUNT, "deployer", "/", TRUST, null, 3600, null,
                        List.of(new Tag("team", "platform")), AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenTrustPolicyHasResource_thenMalformedPolicyDocument() {
        // Trust policies may not name a Resource (policy-engine's TRUST rules).
        String withResource = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"123456789012"},
                 "Action":"sts:AssumeRole","Resource":"*"}]}""";
        fixture().givenNoPriorActivity()
                .when(new CreateRole(ID, ACCOUNT, "deployer", "/", withResource, null, 3600, null, List.of(), AT))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenTrustPolicyIsNotJson_thenMalformedPolicyDocument() {
        fixture().givenNoPriorActivity()
                .when(new CreateRole(ID, ACCOUNT, "deployer", "/", "{not json", null, 3600, null, List.of(), AT))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectExceptionMessage("Syntax errors in policy.")
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenTagKeysRepeatIgnoringCase_thenInvalidInput() {
        fixture().givenNoPriorActivity()
                .when(new CreateRole(ID, ACCOUNT, "deployer", "/", TRUST, null, 3600, null,
                        List.of(new Tag("Team", "a"), new Tag("team", "b")), AT))
                .expectException(awsError("InvalidInput", 400))
                .expectNoEvents();
    }

    @Test
    void givenRole_whenDescriptionAndDurationChange_thenEvents() {
        fixture().given(CREATED)
                .when(new ChangeRoleDescription(ID, "Deploys"))
                .expectEvents(new RoleDescriptionChanged(ACCOUNT, ID, "Deploys"));
        fixture().given(CREATED)
                .when(new ChangeRoleMaxSessionDuration(ID, 7200))
                .expectEvents(new RoleMaxSessionDurationChanged(ACCOUNT, ID, 7200));
    }

    @Test
    void givenRole_whenTrustPolicyReplacedWithValidOrInvalidDocument_thenChangedOrMalformed() {
        fixture().given(CREATED)
                .when(new ChangeRoleTrustPolicy(ID, TRUST))
                .expectEvents(new RoleTrustPolicyChanged(ACCOUNT, ID, TRUST));
        fixture().given(CREATED)
                .when(new ChangeRoleTrustPolicy(ID, READ))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
    }

    @Test
    void givenFortyNineTags_whenTaggedWithTwoNewKeys_thenLimitExceeded() {
        List<Tag> fortyNine = IntStream.range(0, 49).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().given(CREATED, new RoleTagged(ACCOUNT, ID, fortyNine)) // 50 with "team"
                .when(new TagRole(ID, List.of(new Tag("TEAM", "replaced"))))
                .expectEvents(new RoleTagged(ACCOUNT, ID, List.of(new Tag("TEAM", "replaced"))));
        fixture().given(CREATED, new RoleTagged(ACCOUNT, ID, fortyNine))
                .when(new TagRole(ID, List.of(new Tag("new", "v"))))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Cannot exceed quota for TagsPerRole: 50.")
                .expectNoEvents();
    }

    @Test
    void givenRole_whenUntagged_thenUntagged() {
        fixture().given(CREATED)
                .when(new UntagRole(ID, List.of("TEAM")))
                .expectEvents(new RoleUntagged(ACCOUNT, ID, List.of("TEAM")));
    }

    @Test
    void givenRole_whenBoundarySetThenRemoved_thenEventsAndRemovingNothingIsANoOp() {
        String boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
        fixture().given(CREATED)
                .when(new SetRolePermissionsBoundary(ID, boundary))
                .expectEvents(new RolePermissionsBoundarySet(ACCOUNT, ID, boundary));
        fixture().given(CREATED, new RolePermissionsBoundarySet(ACCOUNT, ID, boundary))
                .when(new RemoveRolePermissionsBoundary(ID))
                .expectEvents(new RolePermissionsBoundaryRemoved(ACCOUNT, ID));
        fixture().given(CREATED)
                .when(new RemoveRolePermissionsBoundary(ID))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenRole_whenInlinePolicyPut_thenPutAndMalformedRejected() {
        fixture().given(CREATED)
                .when(new PutRoleInlinePolicy(ID, "read", READ))
                .expectEvents(new RoleInlinePolicyPut(ACCOUNT, ID, "read", READ));
        fixture().given(CREATED)
                .when(new PutRoleInlinePolicy(ID, "read", TRUST)) // identity policies name no principal
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
    }

    @Test
    void givenInlinePoliciesNearTheAggregateQuota_whenAnotherPut_thenLimitExceeded() {
        // IAM-5: a role's inline policies together count at most 10240 characters, whitespace not counted.
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(6000) + "\"}]}";
        fixture().given(CREATED, new RoleInlinePolicyPut(ACCOUNT, ID, "first", big))
                .when(new PutRoleInlinePolicy(ID, "second", big))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
        fixture().given(CREATED, new RoleInlinePolicyPut(ACCOUNT, ID, "first", big))
                .when(new PutRoleInlinePolicy(ID, "first", big)) // replacing does not count the old version
                .expectEvents(new RoleInlinePolicyPut(ACCOUNT, ID, "first", big));
    }

    @Test
    void givenNoSuchInlinePolicy_whenDeleted_thenNoSuchEntity() {
        fixture().given(CREATED)
                .when(new DeleteRoleInlinePolicy(ID, "read"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectExceptionMessage("The role policy with name read cannot be found.");
        fixture().given(CREATED, new RoleInlinePolicyPut(ACCOUNT, ID, "read", READ))
                .when(new DeleteRoleInlinePolicy(ID, "read"))
                .expectEvents(new RoleInlinePolicyDeleted(ACCOUNT, ID, "read"));
    }

    @Test
    void givenInlinePolicy_whenRoleDeleted_thenDeleteConflict() {
        fixture().given(CREATED, new RoleInlinePolicyPut(ACCOUNT, ID, "read", READ))
                .when(new DeleteRole(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must delete policies first.")
                .expectNoEvents();
        fixture().given(CREATED, new RoleInlinePolicyPut(ACCOUNT, ID, "read", READ),
                        new RoleInlinePolicyDeleted(ACCOUNT, ID, "read"))
                .when(new DeleteRole(ID))
                .expectEvents(new RoleDeleted(ACCOUNT, ID, "deployer"))
                .expectMarkedDeleted();
    }

    private static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

    @Test
    void givenRole_whenManagedPolicyAttached_thenAttached() {
        fixture().given(CREATED)
                .when(new AttachRoleManagedPolicy(ID, ADMIN))
                .expectEvents(new RoleManagedPolicyAttached(ACCOUNT, ID, ADMIN));
    }

    @Test
    void givenAttachedPolicy_whenAttachedAgain_thenNothingHappens() {
        // As in AWS, attaching an attached policy again succeeds and changes nothing.
        fixture().given(CREATED, new RoleManagedPolicyAttached(ACCOUNT, ID, ADMIN))
                .when(new AttachRoleManagedPolicy(ID, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenTenAttachedPolicies_whenEleventhAttached_thenLimitExceeded() {
        // IAM-5: managed policies per role 10.
        Object[] given = new Object[11];
        given[0] = CREATED;
        for (int i = 1; i <= 10; i++) {
            given[i] = new RoleManagedPolicyAttached(ACCOUNT, ID, "arn:aws:iam::" + ACCOUNT + ":policy/p" + i);
        }
        fixture().given(given)
                .when(new AttachRoleManagedPolicy(ID, ADMIN))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Cannot exceed quota for PoliciesPerRole: 10.")
                .expectNoEvents();
    }

    @Test
    void givenAttachedPolicy_whenDetached_thenDetached() {
        fixture().given(CREATED, new RoleManagedPolicyAttached(ACCOUNT, ID, ADMIN))
                .when(new DetachRoleManagedPolicy(ID, ADMIN))
                .expectEvents(new RoleManagedPolicyDetached(ACCOUNT, ID, ADMIN));
    }

    @Test
    void givenRole_whenNotAttachedPolicyDetached_thenNoSuchEntity() {
        fixture().given(CREATED)
                .when(new DetachRoleManagedPolicy(ID, ADMIN))
                .expectException(awsError("NoSuchEntity", 404))
                .expectExceptionMessage("Policy " + ADMIN + " is not attached to role deployer.")
                .expectNoEvents();
    }

    @Test
    void givenAttachedPolicy_whenRoleDeleted_thenDeleteConflictUntilDetached() {
        fixture().given(CREATED, new RoleManagedPolicyAttached(ACCOUNT, ID, ADMIN))
                .when(new DeleteRole(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must detach all policies first.")
                .expectNoEvents();
        fixture().given(CREATED, new RoleManagedPolicyAttached(ACCOUNT, ID, ADMIN),
                        new RoleManagedPolicyDetached(ACCOUNT, ID, ADMIN))
                .when(new DeleteRole(ID))
                .expectEvents(new RoleDeleted(ACCOUNT, ID, "deployer"))
                .expectMarkedDeleted();
    }

    private static org.hamcrest.Matcher<?> awsError(String code, int status) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code) && a.httpStatus() == status);
    }
}
