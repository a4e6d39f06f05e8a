package dev.idcenter.command.iam.user;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.user.UserAccessKeyCreated;
import dev.idcenter.events.iam.user.UserAccessKeyDeleted;
import dev.idcenter.events.iam.user.UserAccessKeyStatusChanged;
import dev.idcenter.events.iam.user.UserAddedToGroup;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserDeleted;
import dev.idcenter.events.iam.user.UserInlinePolicyDeleted;
import dev.idcenter.events.iam.user.UserInlinePolicyPut;
import dev.idcenter.events.iam.user.UserPermissionsBoundaryRemoved;
import dev.idcenter.events.iam.user.UserPermissionsBoundarySet;
import dev.idcenter.events.iam.user.UserRemovedFromGroup;
import dev.idcenter.events.iam.user.UserTagged;
import dev.idcenter.events.iam.user.UserUntagged;
import dev.idcenter.events.iam.user.UserUpdated;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class UserTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "AIDAEXAMPLEUSERID1234";
    private static final String ARN = "arn:aws:iam::123456789012:user/eng/alice";
    private static final String KEY = "AKIAEXAMPLEUSERKEY12";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String READ = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    private static final UserCreated CREATED = new UserCreated(ACCOUNT, ID, "alice", "/eng/", null,
            List.of(new Tag("team", "platform")), AT);

    /** A fresh fixture per scenario: one that saw a rejected command cannot be given new events. */
    private static AggregateTestFixture<User> fixture() {
        return new AggregateTestFixture<>(User.class);
    }

    @Test
    void givenNothing_whenCreateUser_thenUserCreated() {
        fixture().givenNoPriorActivity()
                .when(new CreateUser(ID, ACCOUNT, "alice", "/eng/", null, List.of(new Tag("team", "platform")), AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenTagKeysRepeatIgnoringCase_thenInvalidInput() {
        fixture().givenNoPriorActivity()
                .when(new CreateUser(ID, ACCOUNT, "alice", "/", null, List.of(new Tag("Team", "a"), new Tag("team", "b")), AT))
                .expectException(awsError("InvalidInput", 400))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenMoreThan50Tags_thenLimitExceeded() {
        List<Tag> tags = IntStream.range(0, 51).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().givenNoPriorActivity()
                .when(new CreateUser(ID, ACCOUNT, "alice", "/", null, tags, AT))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Cannot exceed quota for TagsPerUser: 50.");
    }

    @Test
    void givenUser_whenRenamedOrMoved_thenUserUpdatedWithBothNameAndPath() {
        fixture().given(CREATED)
                .when(new UpdateUser(ID, "alice.smith", null))
                .expectEvents(new UserUpdated(ACCOUNT, ID, "alice", "alice.smith", "/eng/"));
        fixture().given(CREATED)
                .when(new UpdateUser(ID, null, "/ops/"))
                .expectEvents(new UserUpdated(ACCOUNT, ID, "alice", "alice", "/ops/"));
        fixture().given(CREATED) // nothing changes: nothing happens
                .when(new UpdateUser(ID, "alice", "/eng/"))
                .expectNoEvents();
    }

    @Test
    void givenUserWithTags_whenTaggedPastTheQuota_thenLimitExceeded_elseTagged() {
        List<Tag> fortyNine = IntStream.range(0, 49).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().given(CREATED)
                .when(new TagUser(ID, fortyNine))
                .expectEvents(new UserTagged(ACCOUNT, ID, fortyNine));
        List<Tag> fifty = new ArrayList<>(fortyNine);
        fifty.add(new Tag("one-more", "v"));
        fixture().given(CREATED)
                .when(new TagUser(ID, fifty))
                .expectException(awsError("LimitExceeded", 409));
        fixture().given(CREATED) // replacing a value (key in another case) adds no tag
                .when(new TagUser(ID, List.of(new Tag("TEAM", "infra"))))
                .expectEvents(new UserTagged(ACCOUNT, ID, List.of(new Tag("TEAM", "infra"))));
        fixture().given(CREATED)
                .when(new TagUser(ID, List.of(new Tag("a", "1"), new Tag("A", "2"))))
                .expectException(awsError("InvalidInput", 400));
    }

    @Test
    void givenUser_whenUntagged_thenUserUntagged() {
        fixture().given(CREATED)
                .when(new UntagUser(ID, List.of("team")))
                .expectEvents(new UserUntagged(ACCOUNT, ID, List.of("team")));
    }

    @Test
    void givenUser_whenBoundarySetAndRemoved_thenEvents_andRemovingNoneDoesNothing() {
        String arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
        fixture().given(CREATED)
                .when(new SetUserPermissionsBoundary(ID, arn))
                .expectEvents(new UserPermissionsBoundarySet(ACCOUNT, ID, arn));
        fixture().given(CREATED, new UserPermissionsBoundarySet(ACCOUNT, ID, arn))
                .when(new RemoveUserPermissionsBoundary(ID))
                .expectEvents(new UserPermissionsBoundaryRemoved(ACCOUNT, ID));
        fixture().given(CREATED)
                .when(new RemoveUserPermissionsBoundary(ID))
                .expectNoEvents();
    }

    @Test
    void givenUser_whenInlinePolicyPut_thenValidatedAndSizedAgainst2048() {
        fixture().given(CREATED)
                .when(new PutUserInlinePolicy(ID, "read", READ))
                .expectEvents(new UserInlinePolicyPut(ACCOUNT, ID, "read", READ));
        fixture().given(CREATED)
                .when(new PutUserInlinePolicy(ID, "bad", "{not json"))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
        // IAM-5: a user's inline policies together count at most 2048 characters, whitespace not counted.
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(1200) + "\"}]}";
        fixture().given(CREATED, new UserInlinePolicyPut(ACCOUNT, ID, "first", big))
                .when(new PutUserInlinePolicy(ID, "second", big))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Maximum policy size of 2048 bytes exceeded for user alice");
        fixture().given(CREATED, new UserInlinePolicyPut(ACCOUNT, ID, "first", big))
                .when(new PutUserInlinePolicy(ID, "first", big))
                .expectEvents(new UserInlinePolicyPut(ACCOUNT, ID, "first", big));
    }

    @Test
    void givenNoSuchInlinePolicy_whenDeleted_thenNoSuchEntity_elseDeleted() {
        fixture().given(CREATED)
                .when(new DeleteUserInlinePolicy(ID, "read"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectExceptionMessage("The user policy with name read cannot be found.");
        fixture().given(CREATED, new UserInlinePolicyPut(ACCOUNT, ID, "read", READ))
                .when(new DeleteUserInlinePolicy(ID, "read"))
                .expectEvents(new UserInlinePolicyDeleted(ACCOUNT, ID, "read"));
    }

    @Test
    void givenUser_whenAddedToGroups_thenAtMostTen_andAddingTwiceDoesNothing() {
        fixture().given(CREATED)
                .when(new AddUserToGroup(ID, "AGPA0"))
                .expectEvents(new UserAddedToGroup(ACCOUNT, ID, "AGPA0"));
        fixture().given(CREATED, new UserAddedToGroup(ACCOUNT, ID, "AGPA0"))
                .when(new AddUserToGroup(ID, "AGPA0"))
                .expectNoEvents();
        List<Object> inTen = new ArrayList<>(List.of(CREATED));
        IntStream.range(0, 10).forEach(i -> inTen.add(new UserAddedToGroup(ACCOUNT, ID, "AGPA" + i)));
        fixture().given(inTen)
                .when(new AddUserToGroup(ID, "AGPA10"))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Cannot exceed quota for GroupsPerUser: 10.");
    }

    @Test
    void givenMembership_whenRemoved_thenRemoved_elseNoSuchEntity() {
        fixture().given(CREATED, new UserAddedToGroup(ACCOUNT, ID, "AGPA0"))
                .when(new RemoveUserFromGroup(ID, "AGPA0", "devs"))
                .expectEvents(new UserRemovedFromGroup(ACCOUNT, ID, "AGPA0"));
        fixture().given(CREATED)
                .when(new RemoveUserFromGroup(ID, "AGPA0", "devs"))
                .expectException(awsError("NoSuchEntity", 404));
    }

    @Test
    void givenUser_whenAccessKeysCreated_thenAtMostTwo_andTheEventHoldsNoSecret() {
        fixture().given(CREATED)
                .when(new CreateUserAccessKey(ID, KEY, "k1", AT))
                .expectEvents(new UserAccessKeyCreated(ACCOUNT, ID, ARN, KEY, "k1", "Active", AT));
        fixture().given(CREATED, new UserAccessKeyCreated(ACCOUNT, ID, ARN, "AKIA1", "k1", "Active", AT),
                        new UserAccessKeyCreated(ACCOUNT, ID, ARN, "AKIA2", "k1", "Active", AT))
                .when(new CreateUserAccessKey(ID, KEY, "k1", AT))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("Cannot exceed quota for AccessKeysPerUser: 2.");
        fixture().given(CREATED, new UserAccessKeyCreated(ACCOUNT, ID, ARN, "AKIA1", "k1", "Active", AT),
                        new UserAccessKeyDeleted(ACCOUNT, ID, "AKIA1"))
                .when(new CreateUserAccessKey(ID, KEY, "k1", AT))
                .expectEvents(new UserAccessKeyCreated(ACCOUNT, ID, ARN, KEY, "k1", "Active", AT));
    }

    @Test
    void givenRenamedUser_whenAccessKeyCreated_thenItSignsAsTheNewArn() {
        fixture().given(CREATED, new UserUpdated(ACCOUNT, ID, "alice", "bob", "/"))
                .when(new CreateUserAccessKey(ID, KEY, "k1", AT))
                .expectEvents(new UserAccessKeyCreated(ACCOUNT, ID, "arn:aws:iam::123456789012:user/bob", KEY, "k1",
                        "Active", AT));
    }

    @Test
    void givenAccessKey_whenStatusChanged_thenEvent_sameStatusNothing_unknownKeyNoSuchEntity() {
        UserAccessKeyCreated key = new UserAccessKeyCreated(ACCOUNT, ID, ARN, KEY, "k1", "Active", AT);
        fixture().given(CREATED, key)
                .when(new UpdateUserAccessKeyStatus(ID, KEY, "Inactive"))
                .expectEvents(new UserAccessKeyStatusChanged(ACCOUNT, ID, KEY, "Inactive"));
        fixture().given(CREATED, key)
                .when(new UpdateUserAccessKeyStatus(ID, KEY, "Active"))
                .expectNoEvents();
        fixture().given(CREATED)
                .when(new UpdateUserAccessKeyStatus(ID, KEY, "Inactive"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectExceptionMessage("The Access Key with id " + KEY + " cannot be found.");
    }

    @Test
    void givenAccessKey_whenDeleted_thenEvent_unknownKeyNoSuchEntity() {
        fixture().given(CREATED, new UserAccessKeyCreated(ACCOUNT, ID, ARN, KEY, "k1", "Active", AT))
                .when(new DeleteUserAccessKey(ID, KEY))
                .expectEvents(new UserAccessKeyDeleted(ACCOUNT, ID, KEY));
        fixture().given(CREATED)
                .when(new DeleteUserAccessKey(ID, KEY))
                .expectException(awsError("NoSuchEntity", 404));
    }

    @Test
    void givenAnythingAttached_whenUserDeleted_thenDeleteConflictNamingIt() {
        fixture().given(CREATED, new UserAccessKeyCreated(ACCOUNT, ID, ARN, KEY, "k1", "Active", AT))
                .when(new DeleteUser(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must delete access keys first.");
        fixture().given(CREATED, new UserInlinePolicyPut(ACCOUNT, ID, "read", READ))
                .when(new DeleteUser(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must delete policies first.");
        fixture().given(CREATED, new UserAddedToGroup(ACCOUNT, ID, "AGPA0"))
                .when(new DeleteUser(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete entity, must remove user from all groups first.");
        fixture().given(CREATED)
                .when(new DeleteUser(ID))
                .expectEvents(new UserDeleted(ACCOUNT, ID, "alice"))
                .expectMarkedDeleted();
    }

    private static org.hamcrest.Matcher<?> awsError(String code, int status) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code) && a.httpStatus() == status);
    }
}
