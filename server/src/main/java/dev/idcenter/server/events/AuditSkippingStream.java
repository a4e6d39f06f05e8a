package dev.idcenter.server.events;

import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A stream of the event store that consumes audit records as they come to its head, so no reader ever sees one. */
final class AuditSkippingStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> events;

    AuditSkippingStream(BlockingStream<TrackedEventMessage<?>> events) {
        this.events = events;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        Optional<TrackedEventMessage<?>> next = events.peek();
        while (next.isPresent() && ApiCallRecorded.isAuditRecord(next.get())) {
            skip();
            next = events.peek();
        }
        return next;
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        long left = unit.toNanos(timeout);
        while (events.hasNextAvailable((int) Math.min(Integer.MAX_VALUE, left), TimeUnit.NANOSECONDS)) {
            if (peek().isPresent()) {
                return true;
            }
            left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
        }
        return false;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        TrackedEventMessage<?> next = events.nextAvailable();
        while (ApiCallRecorded.isAuditRecord(next)) {
            next = events.nextAvailable();
        }
        return next;
    }

    @Override
    public void close() {
        events.close();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        events.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return events.setOnAvailableCallback(callback);
    }

    private void skip() {
        try {
            events.nextAvailable(); // present already: peeked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while skipping an audit record", e);
        }
    }
}
