package dev.idcenter.query.audit;

import dev.idcenter.queries.audit.AuditEventView;
import dev.idcenter.queries.audit.LookupAuditEvents;
import dev.idcenter.query.consistency.ProjectionBarrier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Answers LookupEvents from the audit log, newest first, once the log has caught up with the caller's calls. */
@Component
public class AuditQueries {

    /** The column each LookupEvents attribute filters. */
    private static final Map<String, String> ATTRIBUTE_COLUMNS = Map.of(
            "EventId", "event_id",
            "EventName", "event_name",
            "Username", "username",
            "EventSource", "event_source",
            "AccessKeyId", "access_key_id",
            "ResourceType", "resource_type",
            "ResourceName", "resource_name");
    private final JdbcClient jdbc;
    private final ProjectionBarrier barrier;

    public AuditQueries(JdbcClient jdbc, ProjectionBarrier barrier) {
        this.jdbc = jdbc;
        this.barrier = barrier;
    }

    @QueryHandler
    public List<AuditEventView> lookup(LookupAuditEvents query) {
        barrier.await(AuditLogProjection.PROCESSING_GROUP, query.minPosition());
        StringBuilder sql = new StringBuilder("""
                select event_id, event_name, read_only, access_key_id, event_time, event_source, username,
                       resource_type, resource_name, cloudtrail_event
                  from query.audit_event where recipient_account_id = ?""");
        List<Object> params = new ArrayList<>(List.of(query.accountId()));
        if (query.attributeKey() != null) {
            if ("ReadOnly".equals(query.attributeKey())) {
                sql.append(" and read_only = ?");
                params.add(Boolean.parseBoolean(query.attributeValue()));
            } else if (ATTRIBUTE_COLUMNS.containsKey(query.attributeKey())) {
                sql.append(" and ").append(ATTRIBUTE_COLUMNS.get(query.attributeKey())).append(" = ?");
                params.add(query.attributeValue());
            } else {
                return List.of();
            }
        }
        if (query.startTime() != null) {
            sql.append(" and event_time >= ?");
            params.add(Timestamp.from(query.startTime()));
        }
        if (query.endTime() != null) {
            sql.append(" and event_time <= ?");
            params.add(Timestamp.from(query.endTime()));
        }
        if (query.after() != null) {
            sql.append(" and (event_time, event_id) < (?, ?)");
            params.add(Timestamp.from(query.after().eventTime()));
            params.add(query.after().eventId());
        }
        sql.append(" order by event_time desc, event_id desc limit ?");
        params.add(query.limit());
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new AuditEventView(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
    }
}
