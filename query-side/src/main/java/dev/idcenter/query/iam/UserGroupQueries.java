package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.queries.iam.FindGroup;
import dev.idcenter.queries.iam.FindUser;
import dev.idcenter.queries.iam.GroupView;
import dev.idcenter.queries.iam.ListGroups;
import dev.idcenter.queries.iam.ListUsers;
import dev.idcenter.queries.iam.UserView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Answers user and group queries from the {@code iam-views} projection, once it has caught up with the caller's writes. */
@Component
public class UserGroupQueries {

    private static final String USER_COLUMNS = """
            u.user_id, u.account_id, u.user_name, u.path, u.create_date, u.permissions_boundary_arn, u.tags::text""";
    private static final String GROUP_COLUMNS = "g.group_id, g.account_id, g.group_name, g.path, g.create_date";
    private final JdbcClient jdbc;
    private final ViewTags tags;
    private final ProjectionBarrier barrier;

    public UserGroupQueries(JdbcClient jdbc, ObjectMapper json, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.tags = new ViewTags(json);
        this.barrier = barrier;
    }

    @QueryHandler
    public Optional<UserView> find(FindUser query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        if (query.userName() == null) {
            return jdbc.sql("select " + USER_COLUMNS + " from query.iam_user u "
                            + "where u.account_id = ? and u.user_id = ? and not u.deleted")
                    .params(query.accountId(), query.userId())
                    .query(this::user)
                    .optional();
        }
        return jdbc.sql("select " + USER_COLUMNS + " from query.iam_user u "
                        + "where u.account_id = ? and u.user_name_lower = ? and not u.deleted")
                .params(query.accountId(), query.userName().toLowerCase(Locale.ROOT))
                .query(this::user)
                .optional();
    }

    @QueryHandler
    public List<UserView> list(ListUsers query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        String prefix = query.pathPrefix() == null ? "/" : query.pathPrefix();
        if (query.groupId() != null) {
            return jdbc.sql("select " + USER_COLUMNS + " from query.iam_user u "
                            + "join query.iam_group_member m on m.user_id = u.user_id "
                            + "where u.account_id = ? and m.group_id = ? and not u.deleted and starts_with(u.path, ?) "
                            + "order by u.user_name_lower")
                    .params(query.accountId(), query.groupId(), prefix)
                    .query(this::user)
                    .list();
        }
        return jdbc.sql("select " + USER_COLUMNS + " from query.iam_user u "
                        + "where u.account_id = ? and not u.deleted and starts_with(u.path, ?) order by u.user_name_lower")
                .params(query.accountId(), prefix)
                .query(this::user)
                .list();
    }

    @QueryHandler
    public Optional<GroupView> find(FindGroup query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("select " + GROUP_COLUMNS + " from query.iam_group g "
                        + "where g.account_id = ? and g.group_name_lower = ? and not g.deleted")
                .params(query.accountId(), query.groupName().toLowerCase(Locale.ROOT))
                .query(this::group)
                .optional();
    }

    @QueryHandler
    public List<GroupView> list(ListGroups query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        String prefix = query.pathPrefix() == null ? "/" : query.pathPrefix();
        if (query.userId() != null) {
            return jdbc.sql("select " + GROUP_COLUMNS + " from query.iam_group g "
                            + "join query.iam_group_member m on m.group_id = g.group_id "
                            + "where g.account_id = ? and m.user_id = ? and not g.deleted and starts_with(g.path, ?) "
                            + "order by g.group_name_lower")
                    .params(query.accountId(), query.userId(), prefix)
                    .query(this::group)
                    .list();
        }
        return jdbc.sql("select " + GROUP_COLUMNS + " from query.iam_group g "
                        + "where g.account_id = ? and not g.deleted and starts_with(g.path, ?) order by g.group_name_lower")
                .params(query.accountId(), prefix)
                .query(this::group)
                .list();
    }

    private UserView user(ResultSet rs, int row) throws SQLException {
        String userId = rs.getString(1);
        String accountId = rs.getString(2);
        String name = rs.getString(3);
        String path = rs.getString(4);
        return new UserView(accountId, userId, name, path, "arn:aws:iam::" + accountId + ":user" + path + name,
                rs.getTimestamp(5).toInstant(), rs.getString(6), tags.read(rs.getString(7)),
                policies("iam_user_policy", "user_id", userId));
    }

    private GroupView group(ResultSet rs, int row) throws SQLException {
        String groupId = rs.getString(1);
        String accountId = rs.getString(2);
        String name = rs.getString(3);
        String path = rs.getString(4);
        return new GroupView(accountId, groupId, name, path, "arn:aws:iam::" + accountId + ":group" + path + name,
                rs.getTimestamp(5).toInstant(), policies("iam_group_policy", "group_id", groupId));
    }

    private Map<String, String> policies(String table, String idColumn, String id) {
        Map<String, String> policies = new LinkedHashMap<>();
        jdbc.sql("select policy_name, policy_document from query." + table + " where " + idColumn + " = ? order by policy_name")
                .param(id)
                .query((p, n) -> policies.put(p.getString(1), p.getString(2)))
                .list();
        return policies;
    }
}
