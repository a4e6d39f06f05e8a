package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.queries.iam.FindInstanceProfile;
import dev.idcenter.queries.iam.InstanceProfileView;
import dev.idcenter.queries.iam.ListInstanceProfiles;
import dev.idcenter.query.consistency.ProjectionBarrier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Answers instance profile queries from the {@code iam-views} projection, once it has caught up. */
@Component
public class InstanceProfileQueries {

    private static final String COLUMNS = """
            instance_profile_id, account_id, instance_profile_name, path, arn, create_date, tags::text, role_name""";
    private final JdbcClient jdbc;
    private final ViewTags tags;
    private final ProjectionBarrier barrier;

    public InstanceProfileQueries(JdbcClient jdbc, ObjectMapper json, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.tags = new ViewTags(json);
        this.barrier = barrier;
    }

    @QueryHandler
    public Optional<InstanceProfileView> find(FindInstanceProfile query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql("select " + COLUMNS + " from query.iam_instance_profile "
                        + "where account_id = ? and name_lower = ? and not deleted")
                .params(query.accountId(), query.instanceProfileName().toLowerCase(Locale.ROOT))
                .query(this::view)
                .optional();
    }

    @QueryHandler
    public List<InstanceProfileView> list(ListInstanceProfiles query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        if (query.roleId() != null) {
            return jdbc.sql("select " + COLUMNS + " from query.iam_instance_profile "
                            + "where account_id = ? and role_id = ? and not deleted order by name_lower")
                    .params(query.accountId(), query.roleId())
                    .query(this::view)
                    .list();
        }
        return jdbc.sql("select " + COLUMNS + " from query.iam_instance_profile "
                        + "where account_id = ? and starts_with(path, ?) and not deleted order by name_lower")
                .params(query.accountId(), query.pathPrefix() == null ? "/" : query.pathPrefix())
                .query(this::view)
                .list();
    }

    private InstanceProfileView view(ResultSet rs, int row) throws SQLException {
        String roleName = rs.getString(8);
        return new InstanceProfileView(rs.getString(2), rs.getString(1), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getTimestamp(6).toInstant(), tags.read(rs.getString(7)),
                roleName == null ? List.of() : List.of(roleName));
    }
}
