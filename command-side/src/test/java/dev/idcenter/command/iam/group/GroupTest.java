package dev.idcenter.command.iam.group;

import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyPut;
import dev.idcenter.events.iam.group.GroupUpdated;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class GroupTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "AGPAEXAMPLEGROUPID123";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String READ = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    private static final GroupCreated CREATED = new GroupCreated(ACCOUNT, ID, "devs", "/eng/", AT);

    private static AggregateTestFixture<Group> fixture() {
        return new AggregateTestFixture<>(Group.class);
    }

    @Test
    void givenNothing_whenCreateGroup_thenGroupCreated() {
        fixture().givenNoPriorActivity()
                .when(new CreateGroup(ID, ACCOUNT, "devs", "/eng/", AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenGroup_whenRenamedOrMoved_thenGroupUpdatedWithBothNameAndPath() {
        fixture().given(CREATED)
                .when(new UpdateGroup(ID, "engineers", null))
                .expectEvents(new GroupUpdated(ACCOUNT, ID, "devs", "engineers", "/eng/"));
        fixture().given(CREATED, new GroupUpdated(ACCOUNT, ID, "devs", "engineers", "/eng/"))
                .when(new UpdateGroup(ID, null, "/ops/"))
                .expectEvents(new GroupUpdated(ACCOUNT, ID, "engineers", "engineers", "/ops/"));
        fixture().given(CREATED)
                .when(new UpdateGroup(ID, "devs", "/eng/"))
                .expectNoEvents();
    }

    @Test
    void givenGroup_whenInlinePolicyPut_thenValidatedAndSizedAgainst5120() {
        fixture().given(CREATED)
                .when(new PutGroupInlinePolicy(ID, "read", READ))
                .expectEvents(new GroupInlinePolicyPut(ACCOUNT, ID, "read", READ));
        fixture().given(CREATED)
                .when(new PutGroupInlinePolicy(ID, "bad", "{\"Statement\":[{\"Effect\":\"Maybe\"}]}"))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
        // IAM-5: a group's inline policies together count at most 5120 characters, whitespace not counted.
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(3000) + "\"}]}";
        fixture().given(CREATED, new GroupInlinePolicyPut(ACCOUNT, ID, "first", big))
                .when(new PutGroupInlinePolicy(ID, "second", big))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Maximum policy size of 5120 bytes exceeded for group devs");
        fixture().given(CREATED, new GroupInlinePolicyPut(ACCOUNT, ID, "first", big))
                .when(new PutGroupInlinePolicy(ID, "first", big))
                .expectEvents(new GroupInlinePolicyPut(ACCOUNT, ID, "first", big));
    }

    @Test
    void givenNoSuchInlinePolicy_whenDeleted_thenNoSuchEntity_elseDeleted() {
        fixture().given(CREATED)
                .when(new DeleteGroupInlinePolicy(ID, "read"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectExceptionMessage("The group policy with name read cannot be found.");
        fixture().given(CREATED, new GroupInlinePolicyPut(ACCOUNT, ID, "read", READ))
                .when(new DeleteGroupInlinePolicy(ID, "read"))
                .expectEvents(new GroupInlinePolicyDeleted(ACCOUNT, ID, "read"));
    }

    @Test
    void givenMembersOrPolicies_whenGroupDeleted_thenDeleteConflict_elseDeleted() {
        fixture().given(CREATED)
                .when(new DeleteGroup(ID, true))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must remove users from group first.");
        fixture().given(CREATED, new GroupInlinePolicyPut(ACCOUNT, ID, "read", READ))
                .when(new DeleteGroup(ID, false))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must delete policies first.");
        fixture().given(CREATED)
                .when(new DeleteGroup(ID, false))
                .expectEvents(new GroupDeleted(ACCOUNT, ID, "devs"))
                .expectMarkedDeleted();
    }

    private static org.hamcrest.Matcher<?> awsError(String code, int status) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code) && a.httpStatus() == status);
    }
}
