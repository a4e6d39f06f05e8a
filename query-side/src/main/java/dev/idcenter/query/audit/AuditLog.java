package dev.idcenter.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Reads the audit log. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of one request: one, or one per account for a cross-account call. */
    public List<AuditEntry> findByRequestId(String requestId) {
        return jdbc.sql("""
                        select event_id, request_id, event_time, event_source, event_name, identity_type,
                               principal_arn, principal_account_id, access_key_id, source_ip_address, error_code,
                               recipient_account_id, shared_event_id, cloudtrail_event
                          from query.audit_event where request_id = ? order by event_time, recipient_account_id""")
                .param(requestId)
                .query((rs, n) -> new AuditEntry(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from query.audit_event").query(Long.class).single();
    }

    /** One audit record as the read side keeps it; {@code cloudTrailEvent} is the record as CloudTrail's JSON. */
    public record AuditEntry(String eventId, String requestId, Instant eventTime, String eventSource,
                             String eventName, String identityType, String principalArn, String principalAccountId,
                             String accessKeyId, String sourceIpAddress, String errorCode, String recipientAccountId,
                             String sharedEventId, String cloudTrailEvent) {
    }
}
