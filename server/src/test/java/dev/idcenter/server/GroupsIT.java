package dev.idcenter.server;

import dev.idcenter.command.iam.UserGroupDirectoryProjection;
import dev.idcenter.command.iam.group.DeleteGroup;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.iam.model.User;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static dev.idcenter.server.UsersIT.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM groups, memberships and group inline policies over the wire. */
class GroupsIT extends ServerTestSupport {

    @Autowired
    private CommandGateway commands;

    @Test
    void givenMember_whenDeleteGroupSlipsPastTheHandlersCheck_thenTheMembershipDirectoryRefusesIt() {
        String group = unique("raced");
        String user = unique("member");
        try (IamClient iam = iam(root())) {
            String groupId = iam.createGroup(b -> b.groupName(group)).group().groupId();
            iam.createUser(b -> b.userName(user));
            iam.addUserToGroup(b -> b.groupName(group).userName(user));
            // As if the member had been added between DeleteGroup's check and its commit.
            assertThatThrownBy(() -> commands.sendAndWait(new DeleteGroup(groupId, false)))
                    .matches(UserGroupDirectoryProjection::isMembershipRace);
            assertThat(iam.getGroup(b -> b.groupName(group)).users()).extracting(User::userName).containsExactly(user);
        }
    }

    @Test
    void givenGroupWithMembers_whenRead_thenMembersPagedAndDeletionConflicts() {
        String group = unique("devs");
        String path = "/" + unique("g") + "/";
        try (IamClient iam = iam(root())) {
            Group created = iam.createGroup(b -> b.groupName(group).path(path)).group();
            assertThat(created.groupId()).startsWith("AGPA").hasSize(21);
            assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":group" + path + group);
            assertError(() -> iam.createGroup(b -> b.groupName(group.toUpperCase())), "EntityAlreadyExists", 409);

            String a = unique("a-member");
            String b2 = unique("b-member");
            iam.createUser(b -> b.userName(b2));
            iam.createUser(b -> b.userName(a));
            iam.addUserToGroup(b -> b.groupName(group).userName(a));
            iam.addUserToGroup(b -> b.groupName(group).userName(b2));
            iam.addUserToGroup(b -> b.groupName(group).userName(b2)); // already a member: no change, no error

            var first = iam.getGroup(b -> b.groupName(group).maxItems(1));
            assertThat(first.group().groupId()).isEqualTo(created.groupId());
            assertThat(first.users()).extracting(User::userName).containsExactly(a);
            assertThat(first.isTruncated()).isTrue();
            var second = iam.getGroup(b -> b.groupName(group).marker(first.marker()));
            assertThat(second.users()).extracting(User::userName).containsExactly(b2);
            assertThat(iam.listGroupsForUser(b -> b.userName(a)).groups()).extracting(Group::groupName).containsExactly(group);
            assertThat(iam.listGroups(b -> b.pathPrefix(path)).groups()).extracting(Group::groupName).containsExactly(group);

            // A rename keeps the members and frees the old name.
            String renamed = unique("engineers");
            String other = iam.createGroup(b -> b.groupName(unique("other"))).group().groupName();
            assertError(() -> iam.updateGroup(b -> b.groupName(group).newGroupName(other.toUpperCase())),
                    "EntityAlreadyExists", 409);
            iam.updateGroup(b -> b.groupName(group).newGroupName(renamed).newPath("/moved/"));
            var moved = iam.getGroup(b -> b.groupName(renamed));
            assertThat(moved.group().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":group/moved/" + renamed);
            assertThat(moved.users()).extracting(User::userName).containsExactly(a, b2);
            assertError(() -> iam.getGroup(b -> b.groupName(group)), "NoSuchEntity", 404);
            iam.updateGroup(b -> b.groupName(renamed).newGroupName(group).newPath(path));

            assertThatThrownBy(() -> iam.deleteGroup(b -> b.groupName(group)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Cannot delete entity, must remove users from group first.");
                    });
            assertError(() -> iam.deleteUser(b -> b.userName(a)), "DeleteConflict", 409);

            iam.removeUserFromGroup(b -> b.groupName(group).userName(a));
            iam.removeUserFromGroup(b -> b.groupName(group).userName(b2));
            assertError(() -> iam.removeUserFromGroup(b -> b.groupName(group).userName(a)), "NoSuchEntity", 404);
            assertThat(iam.getGroup(b -> b.groupName(group)).users()).isEmpty();
            assertThat(iam.listGroupsForUser(b -> b.userName(a)).groups()).isEmpty();
            iam.deleteUser(b -> b.userName(a));
            iam.deleteGroup(b -> b.groupName(group));
            assertError(() -> iam.getGroup(b -> b.groupName(group)), "NoSuchEntity", 404);
            assertError(() -> iam.addUserToGroup(b -> b.groupName(group).userName(b2)), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenUserInTenGroups_whenAddedToAnEleventh_thenLimitExceeded() {
        String user = unique("joiner");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(user));
            for (int i = 0; i < 11; i++) {
                String group = unique("g" + i);
                iam.createGroup(b -> b.groupName(group));
                if (i < 10) {
                    iam.addUserToGroup(b -> b.groupName(group).userName(user));
                } else {
                    assertThatThrownBy(() -> iam.addUserToGroup(b -> b.groupName(group).userName(user)))
                            .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
                                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot exceed quota for GroupsPerUser: 10.");
                            });
                }
            }
            assertThat(iam.listGroupsForUser(b -> b.userName(user)).groups()).hasSize(10);
        }
    }

    @Test
    void givenGroup_whenInlinePoliciesPut_thenReadBackAndDeletionConflicts() {
        String group = unique("readers");
        try (IamClient iam = iam(root())) {
            iam.createGroup(b -> b.groupName(group));
            iam.putGroupPolicy(b -> b.groupName(group).policyName("read").policyDocument(READ));
            assertThat(iam.listGroupPolicies(b -> b.groupName(group)).policyNames()).containsExactly("read");
            var policy = iam.getGroupPolicy(b -> b.groupName(group).policyName("read"));
            assertThat(URLDecoder.decode(policy.policyDocument(), StandardCharsets.UTF_8)).isEqualTo(READ);
            assertError(() -> iam.putGroupPolicy(b -> b.groupName(group).policyName("bad").policyDocument("[]")),
                    "MalformedPolicyDocument", 400);
            String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(5100) + "\"}]}";
            assertError(() -> iam.putGroupPolicy(b -> b.groupName(group).policyName("big").policyDocument(big)),
                    "LimitExceeded", 409);

            assertError(() -> iam.deleteGroup(b -> b.groupName(group)), "DeleteConflict", 409);
            iam.deleteGroupPolicy(b -> b.groupName(group).policyName("read"));
            assertError(() -> iam.deleteGroupPolicy(b -> b.groupName(group).policyName("read")), "NoSuchEntity", 404);
            iam.deleteGroup(b -> b.groupName(group));
            assertError(() -> iam.getGroupPolicy(b -> b.groupName(group).policyName("read")), "NoSuchEntity", 404);
        }
    }
}
