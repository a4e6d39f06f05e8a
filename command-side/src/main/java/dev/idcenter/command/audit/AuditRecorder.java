package dev.idcenter.command.audit;

import dev.idcenter.command.api.ApiFrontDoor;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.events.audit.CallerIdentity;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * Appends the audit event of a call to the event store (AUDIT-1). Each call is its own {@code ApiCall} stream keyed
 * by request id: there is nothing to decide, so no aggregate is loaded, but the event keeps a stream key for Kafka.
 */
@Component
public class AuditRecorder {

    private static final int MAX_USER_AGENT = 1024;
    private static final int MAX_ERROR_MESSAGE = 4096;
    private final EventBus eventBus;

    public AuditRecorder(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    public void record(AuditedCall call) {
        CallerIdentity caller = call.caller() != null ? call.caller().toIdentity()
                : CallerIdentity.unknown(ApiFrontDoor.claimedAccessKeyId(call.request()));
        ApiCallRecorded event = new ApiCallRecorded(call.requestId(), call.receivedAt(), call.eventSource(),
                call.operation() != null ? call.operation().operation().name() : null, call.region(),
                call.request().sourceIp(), capped(call.request().header("User-Agent").orElse(null), MAX_USER_AGENT),
                caller, caller.accountId(), call.error() != null ? call.error().code() : null,
                call.error() != null ? capped(call.error().getMessage(), MAX_ERROR_MESSAGE) : null);
        eventBus.publish(new GenericDomainEventMessage<>(ApiCallRecorded.AGGREGATE_TYPE, event.requestId(), 0L, event));
    }

    /** Client-controlled text is kept to a sane length in the audit trail (CloudTrail caps it too). */
    private static String capped(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max) + "...";
    }
}
