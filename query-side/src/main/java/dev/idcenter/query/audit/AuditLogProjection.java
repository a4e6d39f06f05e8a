package dev.idcenter.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.query.store.BatchedInsert;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The audit log (AUDIT-1), one row per audit event (a cross-account call has one per account), written at most once
 * per event whatever the delivery, with the record as CloudTrail's JSON for LookupEvents. The rows of a processor's
 * batch are written together.
 */
@Component
@ProcessingGroup(AuditLogProjection.PROCESSING_GROUP)
public class AuditLogProjection {

    public static final String PROCESSING_GROUP = "audit-log";
    private final BatchedInsert rows;
    private final ObjectMapper json;

    public AuditLogProjection(JdbcClient jdbc, ObjectMapper json, QuerySchemaMigration migrated) {
        this.rows = new BatchedInsert(jdbc, """
                insert into query.audit_event (event_id, request_id, event_time, event_source, event_name,
                       aws_region, source_ip_address, user_agent, identity_type, principal_id, principal_arn,
                       principal_account_id, access_key_id, recipient_account_id, error_code, error_message,
                       read_only, username, shared_event_id, resource_type, resource_name, cloudtrail_event)""",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)",
                "on conflict (event_id) do nothing");
        this.json = json;
    }

    @EventHandler
    void on(ApiCallRecorded event, @MessageIdentifier String eventId) {
        var caller = event.caller();
        AuditResource resource = AuditResource.of(event, json);
        rows.add(eventId, event.requestId(), Timestamp.from(event.eventTime()), event.eventSource(),
                event.eventName(), event.awsRegion(), event.sourceIpAddress(), event.userAgent(),
                caller.type(), caller.principalId(), caller.arn(), caller.accountId(), caller.accessKeyId(),
                event.recipientAccountId(), event.errorCode(), event.errorMessage(), event.readOnly(),
                CloudTrailRecord.username(caller), event.sharedEventId(),
                resource != null ? resource.type() : null, resource != null ? resource.arn() : null,
                CloudTrailRecord.json(event, json));
    }
}
