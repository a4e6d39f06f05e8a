package dev.idcenter.command.audit;

import dev.idcenter.command.credentials.AccessKeyLastUse;
import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Appends the audit records of a call to the event store (AUDIT-1) and returns once they are durable. Each call is
 * its own {@code ApiCall} stream keyed by request id: there is nothing to decide, so no aggregate is loaded, but the
 * events keep a stream key for Kafka. Once stored, the records tell the access keys when they were last used.
 */
@Component
public class AuditRecorder {

    private final AuditWriter writer;
    private final AccessKeyLastUse lastUse;

    AuditRecorder(AuditWriter writer, AccessKeyLastUse lastUse) {
        this.writer = writer;
        this.lastUse = lastUse;
    }

    public void record(AuditedCall call) {
        record(call, List.of());
    }

    /** Also stores {@code events} in the records' transaction: both are stored, or neither (ADR 0008). */
    public void record(AuditedCall call, List<DomainEventMessage<?>> events) {
        List<ApiCallRecorded> records = AuditRecords.of(call, () -> UUID.randomUUID().toString());
        writer.write(events, records);
        lastUse.recorded(records);
    }
}
