package dev.idcenter.query.audit;

import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** The audit log (AUDIT-1), one row per API call, written at most once per event whatever the delivery. */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
public class AuditLogProjection {

    public static final String PROCESSING_GROUP = "audit-log";
    private final JdbcClient jdbc;

    public AuditLogProjection(JdbcClient jdbc, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApiCallRecorded event, @MessageIdentifier String eventId) {
        var caller = event.caller();
        jdbc.sql("""
                        insert into query.audit_event (event_id, request_id, event_time, event_source, event_name,
                               aws_region, source_ip_address, user_agent, identity_type, principal_id, principal_arn,
                               principal_account_id, access_key_id, recipient_account_id, error_code, error_message)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do nothing""")
                .params(eventId, event.requestId(), Timestamp.from(event.eventTime()), event.eventSource(),
                        event.eventName(), event.awsRegion(), event.sourceIpAddress(), event.userAgent(),
                        caller.type(), caller.principalId(), caller.arn(), caller.accountId(), caller.accessKeyId(),
                        event.recipientAccountId(), event.errorCode(), event.errorMessage())
                .update();
    }
}
