package dev.idcenter.command.audit;

import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * Appends the audit event of a call to the event store (AUDIT-1). Each call is its own {@code ApiCall} stream keyed
 * by request id: there is nothing to decide, so no aggregate is loaded, but the event keeps a stream key for Kafka.
 */
@Component
public class AuditRecorder {

    private final EventBus eventBus;

    public AuditRecorder(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    public void record(ApiCallRecorded call) {
        eventBus.publish(new GenericDomainEventMessage<>(ApiCallRecorded.AGGREGATE_TYPE, call.requestId(), 0L, call));
    }
}
