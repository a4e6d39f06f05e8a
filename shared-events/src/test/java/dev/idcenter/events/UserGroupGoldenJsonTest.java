package dev.idcenter.events;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyPut;
import dev.idcenter.events.iam.group.GroupUpdated;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Golden JSON of the user and group events (see {@link GoldenJson}). */
class UserGroupGoldenJsonTest {

    private static final String ACCOUNT = "123456789012";
    private static final String USER = "AIDAEXAMPLEUSERID1234";
    private static final String GROUP = "AGPAEXAMPLEGROUPID123";
    private static final String KEY = "AKIAEXAMPLEUSERKEY12";

    static Stream<Object> events() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        return Stream.of(
                new UserCreated(ACCOUNT, USER, "alice", "/eng/", "arn:aws:iam::aws:policy/PowerUserAccess",
                        List.of(new Tag("team", "platform")), at),
                new UserUpdated(ACCOUNT, USER, "alice", "alice.smith", "/ops/"),
                new UserTagged(ACCOUNT, USER, List.of(new Tag("env", "prod"))),
                new UserUntagged(ACCOUNT, USER, List.of("env")),
                new UserPermissionsBoundarySet(ACCOUNT, USER, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                new UserPermissionsBoundaryRemoved(ACCOUNT, USER),
                new UserInlinePolicyPut(ACCOUNT, USER, "read", "{\"Statement\":[]}"),
                new UserInlinePolicyDeleted(ACCOUNT, USER, "read"),
                new UserAddedToGroup(ACCOUNT, USER, GROUP),
                new UserRemovedFromGroup(ACCOUNT, USER, GROUP),
                new UserAccessKeyCreated(ACCOUNT, USER, "arn:aws:iam::123456789012:user/eng/alice", KEY, "k1", "Active", at),
                new UserAccessKeyStatusChanged(ACCOUNT, USER, KEY, "Inactive"),
                new UserAccessKeyDeleted(ACCOUNT, USER, KEY),
                new UserDeleted(ACCOUNT, USER, "alice.smith"),
                new GroupCreated(ACCOUNT, GROUP, "developers", "/eng/", at),
                new GroupUpdated(ACCOUNT, GROUP, "developers", "engineers", "/ops/"),
                new GroupInlinePolicyPut(ACCOUNT, GROUP, "read", "{\"Statement\":[]}"),
                new GroupInlinePolicyDeleted(ACCOUNT, GROUP, "read"),
                new GroupDeleted(ACCOUNT, GROUP, "developers"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
