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
        this.rows = new BatchedInsert(jdbc, "query.audit_event", """
                event_id text, request_id text, event_time timestamptz, event_source text, event_name text,
                aws_region text, source_ip_address text, user_agent text, identity_type text, principal_id text,
                principal_arn text, principal_account_id text, access_key_id text, recipient_account_id text,
                error_code text, error_message text, read_only boolean, username text, shared_event_id text,
                resource_type text, resource_name text, cloudtrail_event text""",
                "on conflict (event_id) do nothing");
        this.json = json;
    }

    @EventHandler
    void on(ApiCallRecorded event, @MessageIdentifier String eventId) {
        var caller = event.caller();
        AuditResource resource = AuditResource.of(event, json);
        rows.add(eventId, event.requestId(), event.eventTime(), event.eventSource(),
                event.eventName(), event.awsRegion(), event.sourceIpAddress(), event.userAgent(),
                caller.type(), caller.principalId(), caller.arn(), caller.accountId(), caller.accessKeyId(),
                event.recipientAccountId(), event.errorCode(), event.errorMessage(), event.readOnly(),
                CloudTrailRecord.username(caller), event.sharedEventId(),
                resource != null ? resource.type() : null, resource != null ? resource.arn() : null,
                CloudTrailRecord.json(event, json));
    }
}
