package dev.idcenter.command.audit;

import org.springframework.stereotype.Component;

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
        writer.write(AuditRecords.of(call, () -> UUID.randomUUID().toString()));
    }
}
