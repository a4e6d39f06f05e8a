package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupInlinePolicyPut;
import dev.idcenter.events.iam.group.GroupUpdated;
import dev.idcenter.events.iam.user.UserAddedToGroup;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserDeleted;
import dev.idcenter.events.iam.user.UserInlinePolicyPut;
import dev.idcenter.events.iam.user.UserRemovedFromGroup;
import dev.idcenter.events.iam.user.UserTagged;
import dev.idcenter.events.iam.user.UserUntagged;
import dev.idcenter.events.iam.user.UserUpdated;
import dev.idcenter.queries.iam.FindGroup;
import dev.idcenter.queries.iam.FindUser;
import dev.idcenter.queries.iam.GroupView;
import dev.idcenter.queries.iam.ListGroups;
import dev.idcenter.queries.iam.ListUsers;
import dev.idcenter.queries.iam.UserView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import dev.idcenter.query.store.QueryTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The user and group views on real PostgreSQL: every event applied once, redelivery and replay change nothing. */
class UserGroupViewProjectionTest {

    private static final String ACCOUNT = "123456789012";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static QueryTestDatabase database;
    private static UserGroupViewProjection projection;
    private static UserGroupQueries queries;

    @BeforeAll
    static void database() {
        database = QueryTestDatabase.migrated();
        JdbcClient jdbc = database.jdbc();
        ObjectMapper json = new ObjectMapper();
        projection = new UserGroupViewProjection(jdbc, json, null);
        queries = new UserGroupQueries(jdbc, json, mock(ProjectionBarrier.class));
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void givenUserEvents_whenRedelivered_thenAppliedOnce() {
        String id = "AIDAPROJECTIONTEST001";
        projection.on(new UserCreated(ACCOUNT, id, "Alice", "/eng/", null, List.of(new Tag("team", "a")), AT), 0);
        projection.on(new UserCreated(ACCOUNT, id, "Alice", "/eng/", null, List.of(new Tag("team", "a")), AT), 0);
        projection.on(new UserTagged(ACCOUNT, id, List.of(new Tag("TEAM", "b"), new Tag("env", "prod"))), 1);
        projection.on(new UserUntagged(ACCOUNT, id, List.of("env")), 2);
        projection.on(new UserTagged(ACCOUNT, id, List.of(new Tag("TEAM", "b"), new Tag("env", "prod"))), 1); // replayed
        projection.on(new UserInlinePolicyPut(ACCOUNT, id, "read", "{\"Statement\":[]}"), 3);

        UserView user = queries.find(new FindUser(ACCOUNT, "alice", null, 0)).orElseThrow();
        assertThat(user.tags()).containsExactly(new Tag("TEAM", "b"));
        assertThat(user.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/eng/Alice");
        assertThat(user.inlinePolicies()).containsOnlyKeys("read");

        projection.on(new UserUpdated(ACCOUNT, id, "Alice", "Alicia", "/ops/"), 4);
        assertThat(queries.find(new FindUser(ACCOUNT, "alice", null, 0))).isEmpty();
        assertThat(queries.find(new FindUser(ACCOUNT, null, id, 0)).orElseThrow().arn())
                .isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/ops/Alicia");
    }

    @Test
    void givenMembershipEvents_whenRedelivered_thenMembersListedOnceAndDeletionRemovesThem() {
        String user = "AIDAPROJECTIONTEST002";
        String group = "AGPAPROJECTIONTEST002";
        projection.on(new GroupCreated(ACCOUNT, group, "Devs", "/", AT), 0);
        projection.on(new GroupInlinePolicyPut(ACCOUNT, group, "read", "{\"Statement\":[]}"), 1);
        projection.on(new GroupUpdated(ACCOUNT, group, "Devs", "Developers", "/eng/"), 2);
        projection.on(new UserCreated(ACCOUNT, user, "bob", "/", null, List.of(), AT), 0);
        projection.on(new UserAddedToGroup(ACCOUNT, user, group), 1);
        projection.on(new UserAddedToGroup(ACCOUNT, user, group), 1);

        GroupView view = queries.find(new FindGroup(ACCOUNT, "developers", 0)).orElseThrow();
        assertThat(view.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":group/eng/Developers");
        assertThat(view.inlinePolicies()).containsOnlyKeys("read");
        assertThat(queries.list(new ListUsers(ACCOUNT, null, group, 0))).extracting(UserView::userName).containsExactly("bob");
        assertThat(queries.list(new ListGroups(ACCOUNT, "/eng/", user, 0))).extracting(GroupView::groupName)
                .containsExactly("Developers");

        projection.on(new UserRemovedFromGroup(ACCOUNT, user, group), 2);
        projection.on(new UserAddedToGroup(ACCOUNT, user, group), 1); // a late redelivery does not bring it back
        assertThat(queries.list(new ListUsers(ACCOUNT, null, group, 0))).isEmpty();

        projection.on(new UserDeleted(ACCOUNT, user, "bob"), 3);
        assertThat(queries.find(new FindUser(ACCOUNT, "bob", null, 0))).isEmpty();
        assertThat(queries.list(new ListUsers(ACCOUNT, "/", null, 0))).extracting(UserView::userId).doesNotContain(user);
    }
}
