package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM users over the wire with the real SDK: every change an event, every read from the query side. */
class UsersIT extends ServerTestSupport {

    static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    @Test
    void givenNewUser_whenCreatedThenReadAtOnce_thenTheSameUserIsReadBack() {
        String name = unique("alice");
        try (IamClient iam = iam(root())) {
            User created = iam.createUser(b -> b.userName(name).path("/eng/").tags(tag("team", "platform"))
                    .permissionsBoundary("arn:aws:iam::aws:policy/PowerUserAccess")).user();
            User read = iam.getUser(b -> b.userName(name.toUpperCase())).user();

            assertThat(created.userId()).startsWith("AIDA").hasSize(21);
            assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":user/eng/" + name);
            assertThat(read.userId()).isEqualTo(created.userId());
            assertThat(read.userName()).isEqualTo(name);
            assertThat(read.path()).isEqualTo("/eng/");
            assertThat(read.createDate()).isEqualTo(created.createDate());
            assertThat(read.tags()).containsExactly(tag("team", "platform"));
            assertThat(read.permissionsBoundary().permissionsBoundaryArn()).isEqualTo("arn:aws:iam::aws:policy/PowerUserAccess");
        }
    }

    @Test
    void givenRootCredentials_whenGetUserWithoutName_thenTheRootUserOfTheAccount() {
        try (IamClient iam = iam(root())) {
            User root = iam.getUser().user();
            assertThat(root.userId()).isEqualTo(ACCOUNT_ID);
            assertThat(root.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":root");
            assertThat(root.createDate()).isNotNull();
        }
    }

    @Test
    void givenExistingUser_whenSameNameInOtherCase_thenEntityAlreadyExists() {
        String name = unique("dup");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(name));
            assertError(() -> iam.createUser(b -> b.userName(name.toUpperCase())), "EntityAlreadyExists", 409);
        }
    }

    @Test
    void givenUsersUnderAPath_whenListedWithPrefixAndMaxItems_thenPagedInNameOrder() {
        String path = "/" + unique("team") + "/";
        try (IamClient iam = iam(root())) {
            for (String name : new String[] {"c-user", "a-user", "b-user"}) {
                iam.createUser(b -> b.userName(unique(name)).path(path));
            }
            var first = iam.listUsers(b -> b.pathPrefix(path).maxItems(2));
            var second = iam.listUsers(b -> b.pathPrefix(path).maxItems(2).marker(first.marker()));

            assertThat(first.isTruncated()).isTrue();
            assertThat(first.users()).extracting(User::userName).hasSize(2)
                    .allMatch(n -> n.startsWith("a-user") || n.startsWith("b-user"));
            assertThat(second.users()).extracting(User::userName).singleElement().matches(n -> n.startsWith("c-user"));
            assertThat(second.isTruncated()).isFalse();
        }
    }

    @Test
    void givenUser_whenRenamedAndMoved_thenOldNameIsFreeAndNewNameTaken() {
        String name = unique("bob");
        String renamed = unique("robert");
        String other = unique("carol");
        try (IamClient iam = iam(root())) {
            String id = iam.createUser(b -> b.userName(name)).user().userId();
            iam.createUser(b -> b.userName(other));
            assertError(() -> iam.updateUser(b -> b.userName(name).newUserName(other.toUpperCase())), "EntityAlreadyExists", 409);

            iam.updateUser(b -> b.userName(name).newUserName(renamed).newPath("/moved/"));
            User read = iam.getUser(b -> b.userName(renamed)).user();
            assertThat(read.userId()).isEqualTo(id);
            assertThat(read.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":user/moved/" + renamed);
            assertError(() -> iam.getUser(b -> b.userName(name)), "NoSuchEntity", 404);
            iam.createUser(b -> b.userName(name)); // the old name is free again
        }
    }

    @Test
    void givenUser_whenTaggedBoundedAndGivenInlinePolicies_thenReadsShowEveryChangeAndDeleteConflicts() {
        String name = unique("worker");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(name).tags(tag("a", "1"), tag("b", "2")));
            iam.tagUser(b -> b.userName(name).tags(tag("A", "one"), tag("c", "3")));
            iam.untagUser(b -> b.userName(name).tagKeys("B"));
            iam.putUserPermissionsBoundary(b -> b.userName(name).permissionsBoundary("arn:aws:iam::aws:policy/ReadOnlyAccess"));
            iam.putUserPolicy(b -> b.userName(name).policyName("read").policyDocument(READ));

            assertThat(iam.listUserTags(b -> b.userName(name)).tags()).containsExactly(tag("A", "one"), tag("c", "3"));
            assertThat(iam.getUser(b -> b.userName(name)).user().permissionsBoundary().permissionsBoundaryArn())
                    .isEqualTo("arn:aws:iam::aws:policy/ReadOnlyAccess");
            assertThat(iam.listUserPolicies(b -> b.userName(name)).policyNames()).containsExactly("read");
            var policy = iam.getUserPolicy(b -> b.userName(name).policyName("read"));
            assertThat(URLDecoder.decode(policy.policyDocument(), StandardCharsets.UTF_8)).isEqualTo(READ);

            assertError(() -> iam.putUserPolicy(b -> b.userName(name).policyName("bad").policyDocument("{nope")),
                    "MalformedPolicyDocument", 400);
            String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"arn:aws:s3:::" + "b".repeat(2000) + "\"}]}";
            assertError(() -> iam.putUserPolicy(b -> b.userName(name).policyName("big").policyDocument(big)),
                    "LimitExceeded", 409);
            assertError(() -> iam.tagUser(b -> b.userName(name).tags(tag("x", "1"), tag("X", "2"))), "InvalidInput", 400);
            assertError(() -> iam.tagUser(b -> b.userName(name).tags(IntStream.range(0, 49)
                    .mapToObj(i -> tag("k" + i, "v")).toList())), "LimitExceeded", 409);
            assertError(() -> iam.putUserPermissionsBoundary(b -> b.userName(name).permissionsBoundary(
                    "arn:aws:iam::aws:role/NotAPolicy")), "InvalidInput", 400);

            assertThatThrownBy(() -> iam.deleteUser(b -> b.userName(name)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot delete entity, must delete policies first.");
                    });
            iam.deleteUserPermissionsBoundary(b -> b.userName(name));
            assertThat(iam.getUser(b -> b.userName(name)).user().permissionsBoundary()).isNull();
            iam.deleteUserPolicy(b -> b.userName(name).policyName("read"));
            assertError(() -> iam.getUserPolicy(b -> b.userName(name).policyName("read")), "NoSuchEntity", 404);
            iam.deleteUser(b -> b.userName(name));
            assertError(() -> iam.getUser(b -> b.userName(name)), "NoSuchEntity", 404);
            // Every page, not just the first: other tests' users share this account.
            assertThat(iam.listUsersPaginator(b -> b.maxItems(50)).users().stream().map(User::userName))
                    .doesNotContain(name);
        }
    }

    @Test
    void givenNoSuchUser_whenChanged_thenNoSuchEntityNamingIt() {
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.tagUser(b -> b.userName("ghost").tags(tag("a", "b"))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The user with name ghost cannot be found.");
                    });
            assertError(() -> iam.deleteUser(b -> b.userName("ghost")), "NoSuchEntity", 404);
        }
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
