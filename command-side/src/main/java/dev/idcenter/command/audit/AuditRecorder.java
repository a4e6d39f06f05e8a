package dev.idcenter.command.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Appends the audit records of a call to the event store (AUDIT-1) and returns once they are durable. Each call is
 * its own {@code ApiCall} stream keyed by request id: there is nothing to decide, so no aggregate is loaded, but the
 * events keep a stream key for Kafka.
 */
@Component
public class AuditRecorder {

    private final AuditWriter writer;

    AuditRecorder(AuditWriter writer) {
        this.writer = writer;
    }

    public void record(AuditedCall call) {
        record(call, List.of());
    }

    /** Also stores {@code events} in the records' transaction: both are stored, or neither (ADR 0008). */
    public void record(AuditedCall call, List<DomainEventMessage<?>> events) {
        writer.write(events, AuditRecords.of(call, () -> UUID.randomUUID().toString()));
    }
}
