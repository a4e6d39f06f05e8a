package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.group.AttachGroupManagedPolicy;
import dev.idcenter.command.iam.group.DeleteGroup;
import dev.idcenter.command.iam.group.DetachGroupManagedPolicy;
import dev.idcenter.command.iam.group.Group;
import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupManagedPolicyAttached;
import dev.idcenter.events.iam.group.GroupManagedPolicyDetached;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserManagedPolicyAttached;
import dev.idcenter.events.iam.user.UserManagedPolicyDetached;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Managed policies attached to users and groups: at most 10 each (IAM-5), and nothing deleted while attached. */
class UserGroupAttachmentTest {

    private static final String ACCOUNT = "123456789012";
    private static final String USER = "AIDAEXAMPLEUSERID1234";
    private static final String GROUP = "AGPAEXAMPLEGROUPID123";
    private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final UserCreated USER_CREATED = new UserCreated(ACCOUNT, USER, "alice", "/", null, List.of(), AT);
    private static final GroupCreated GROUP_CREATED = new GroupCreated(ACCOUNT, GROUP, "devs", "/", AT);

    @Test
    void givenUser_whenPolicyAttachedTwiceThenDetached_thenOneAttachmentThenNone() {
        new AggregateTestFixture<>(User.class).given(USER_CREATED)
                .when(new AttachUserManagedPolicy(USER, READ_ONLY))
                .expectEvents(new UserManagedPolicyAttached(ACCOUNT, USER, READ_ONLY));
        new AggregateTestFixture<>(User.class).given(USER_CREATED, new UserManagedPolicyAttached(ACCOUNT, USER, READ_ONLY))
                .when(new AttachUserManagedPolicy(USER, READ_ONLY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        new AggregateTestFixture<>(User.class).given(USER_CREATED, new UserManagedPolicyAttached(ACCOUNT, USER, READ_ONLY))
                .when(new DetachUserManagedPolicy(USER, READ_ONLY))
                .expectEvents(new UserManagedPolicyDetached(ACCOUNT, USER, READ_ONLY));
    }

    @Test
    void givenUserWithTenPolicies_whenAnEleventhIsAttached_thenLimitExceeded() {
        Object[] ten = IntStream.range(0, 10)
                .mapToObj(i -> new UserManagedPolicyAttached(ACCOUNT, USER, "arn:aws:iam::123456789012:policy/p" + i))
                .toArray();
        new AggregateTestFixture<>(User.class).given(USER_CREATED).andGiven(List.of(ten))
                .when(new AttachUserManagedPolicy(USER, READ_ONLY))
                .expectException(awsError("LimitExceeded"))
                .expectExceptionMessage("Cannot exceed quota for PoliciesPerUser: 10.")
                .expectNoEvents();
    }

    @Test
    void givenPolicyNotAttached_whenDetached_thenNoSuchEntity() {
        new AggregateTestFixture<>(User.class).given(USER_CREATED)
                .when(new DetachUserManagedPolicy(USER, READ_ONLY))
                .expectException(awsError("NoSuchEntity"))
                .expectNoEvents();
        new AggregateTestFixture<>(Group.class).given(GROUP_CREATED)
                .when(new DetachGroupManagedPolicy(GROUP, READ_ONLY))
                .expectException(awsError("NoSuchEntity"))
                .expectNoEvents();
    }

    @Test
    void givenUserWithAttachedPolicy_whenDeleted_thenDeleteConflict() {
        new AggregateTestFixture<>(User.class).given(USER_CREATED, new UserManagedPolicyAttached(ACCOUNT, USER, READ_ONLY))
                .when(new DeleteUser(USER))
                .expectException(awsError("DeleteConflict"))
                .expectExceptionMessage("Cannot delete entity, must detach all policies first.")
                .expectNoEvents();
    }

    @Test
    void givenGroup_whenPolicyAttachedOrDeletedWhileAttached_thenAttachedOrDeleteConflict() {
        new AggregateTestFixture<>(Group.class).given(GROUP_CREATED)
                .when(new AttachGroupManagedPolicy(GROUP, READ_ONLY))
                .expectEvents(new GroupManagedPolicyAttached(ACCOUNT, GROUP, READ_ONLY));
        new AggregateTestFixture<>(Group.class).given(GROUP_CREATED, new GroupManagedPolicyAttached(ACCOUNT, GROUP, READ_ONLY))
                .when(new DeleteGroup(GROUP, false))
                .expectException(awsError("DeleteConflict"))
                .expectNoEvents();
        new AggregateTestFixture<>(Group.class).given(GROUP_CREATED, new GroupManagedPolicyAttached(ACCOUNT, GROUP, READ_ONLY))
                .when(new DetachGroupManagedPolicy(GROUP, READ_ONLY))
                .expectEvents(new GroupManagedPolicyDetached(ACCOUNT, GROUP, READ_ONLY));
    }

    private static org.hamcrest.Matcher<?> awsError(String code) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code));
    }
}
