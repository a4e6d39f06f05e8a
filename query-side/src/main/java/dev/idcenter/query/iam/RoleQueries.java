package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.queries.iam.FindRole;
import dev.idcenter.queries.iam.ListRoles;
import dev.idcenter.queries.iam.RoleView;
import dev.idcenter.query.consistency.GenerationCache;
import dev.idcenter.query.consistency.ProjectionBarrier;
import dev.idcenter.query.consistency.ProjectionGenerations;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers role queries from the {@code iam-views} projection, once it has caught up with the caller's writes. A role
 * found by name is kept in memory until the projection next writes ({@link GenerationCache}): GetRole is the read that
 * services repeat most, and each took two round trips to PostgreSQL.
 */
@Component
public class RoleQueries {

    private static final String COLUMNS = """
            role_id, account_id, role_name, path, arn, create_date, assume_role_policy, description,
            max_session_duration, permissions_boundary_arn, tags::text""";
    private static final int MAX_KEPT_ROLES = 10_000;
    private final JdbcClient jdbc;
    private final ViewTags tags;
    private final ProjectionBarrier barrier;
    private final GenerationCache<RoleKey, Optional<RoleView>> byName;

    public RoleQueries(JdbcClient jdbc, ObjectMapper json, ProjectionBarrier barrier,
                       ProjectionGenerations generations) {
        this.jdbc = jdbc;
        this.tags = new ViewTags(json);
        this.barrier = barrier;
        this.byName = new GenerationCache<>(() -> generations.current(RoleViewProjection.PROCESSING_GROUP),
                MAX_KEPT_ROLES);
    }

    @QueryHandler
    public Optional<RoleView> find(FindRole query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        String roleNameLower = query.roleName().toLowerCase(Locale.ROOT);
        return byName.get(new RoleKey(query.accountId(), roleNameLower), () -> read(query.accountId(), roleNameLower));
    }

    private Optional<RoleView> read(String accountId, String roleNameLower) {
        return jdbc.sql("select " + COLUMNS + " from query.iam_role "
                        + "where account_id = ? and role_name_lower = ? and not deleted")
                .params(accountId, roleNameLower)
                .query(this::view)
                .optional();
    }

    @QueryHandler
    public List<RoleView> list(ListRoles query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        String prefix = query.pathPrefix() == null ? "/" : query.pathPrefix();
        return jdbc.sql("select " + COLUMNS + " from query.iam_role "
                        + "where account_id = ? and not deleted and starts_with(path, ?) order by role_name_lower")
                .params(query.accountId(), prefix)
                .query(this::view)
                .list();
    }

    private RoleView view(ResultSet rs, int row) throws SQLException {
        String roleId = rs.getString(1);
        Map<String, String> policies = new LinkedHashMap<>();
        jdbc.sql("select policy_name, policy_document from query.iam_role_policy where role_id = ? order by policy_name")
                .param(roleId)
                .query((p, n) -> policies.put(p.getString(1), p.getString(2)))
                .list();
        // shared by every reader of the cache: nothing in it may change
        return new RoleView(rs.getString(2), roleId, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                tags.read(rs.getString(11)), Collections.unmodifiableMap(policies));
    }

    private record RoleKey(String accountId, String roleNameLower) {
    }
}
