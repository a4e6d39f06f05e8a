package dev.idcenter.query.iam.mfa;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.query.iam.ViewTags;
import dev.idcenter.queries.iam.mfa.FindMfaDevice;
import dev.idcenter.queries.iam.mfa.ListMfaDevices;
import dev.idcenter.queries.iam.mfa.MfaDeviceView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import dev.idcenter.query.iam.RoleViewProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Answers MFA device queries from the {@code iam-views} projection, once it has caught up. */
@Component
public class MfaDeviceQueries {

    private static final String SELECT = """
            select d.device_id, d.account_id, d.serial_number, d.create_date, d.user_id, u.user_name, d.enable_date,
                   d.tags::text
            from query.iam_mfa_device d left join query.iam_user u on u.user_id = d.user_id
            where not d.deleted and d.account_id = ?""";
    private final JdbcClient jdbc;
    private final ViewTags viewTags;
    private final ProjectionBarrier barrier;

    public MfaDeviceQueries(JdbcClient jdbc, ObjectMapper json, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.viewTags = new ViewTags(json);
        this.barrier = barrier;
    }

    @QueryHandler
    public Optional<MfaDeviceView> find(FindMfaDevice query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        return jdbc.sql(SELECT + " and d.device_id = ?")
                .params(query.accountId(), query.deviceId())
                .query(this::view)
                .optional();
    }

    @QueryHandler
    public List<MfaDeviceView> list(ListMfaDevices query) {
        barrier.await(RoleViewProjection.PROCESSING_GROUP, query.minPosition());
        if (query.userId() != null) {
            return jdbc.sql(SELECT + " and d.user_id = ? order by d.serial_number")
                    .params(query.accountId(), query.userId())
                    .query(this::view)
                    .list();
        }
        String assignment = switch (query.assignmentStatus() == null ? "Any" : query.assignmentStatus()) {
            case "Assigned" -> " and d.user_id is not null";
            case "Unassigned" -> " and d.user_id is null";
            default -> "";
        };
        return jdbc.sql(SELECT + assignment + " order by d.serial_number")
                .param(query.accountId())
                .query(this::view)
                .list();
    }

    private MfaDeviceView view(ResultSet rs, int row) throws SQLException {
        Timestamp enabled = rs.getTimestamp(7);
        return new MfaDeviceView(rs.getString(2), rs.getString(1), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getString(6), enabled == null ? null : enabled.toInstant(),
                viewTags.read(rs.getString(8)));
    }
}
