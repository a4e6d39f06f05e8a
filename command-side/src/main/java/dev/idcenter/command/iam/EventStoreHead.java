package dev.idcenter.command.iam;

import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The event store's newest position: what a read must reflect so that a client reads its own writes.
 * <p>
 * Every read asks for it, and entity events are rare next to reads, so the position is read from the store once and
 * kept until the next entity event commits in this process. Each such commit starts a new generation, after the
 * commit; a position is only kept as the answer for the generation it was read in, so a position read before a
 * commit can never be kept as the answer after it. Like the other in-memory views of the command side, this assumes
 * one command-side process.
 */
@Component
public class EventStoreHead {

    private final JdbcClient jdbc;
    private final LongSupplier storedPosition;
    private final AtomicLong generation = new AtomicLong();
    private volatile Known known = new Known(-1, 0);

    @Autowired
    public EventStoreHead(JdbcClient jdbc, EventStore events) {
        this(jdbc, events, () -> jdbc.sql("select coalesce(max(global_index), 0) from command.domain_event_entry "
                + "where type is distinct from 'ApiCall'").query(Long.class).single());
    }

    EventStoreHead(JdbcClient jdbc, EventStore events, LongSupplier storedPosition) {
        this.jdbc = jdbc;
        this.storedPosition = storedPosition;
        events.subscribe(this::published);
    }

    /**
     * The newest event other than an audit record. Audit records change no entity view, and every call appends one:
     * a read that waited for them too would chase a head moving thousands of times a second.
     */
    public long position() {
        long current = generation.get();
        Known last = known;
        if (last.generation() == current) {
            return last.position();
        }
        long position = storedPosition.getAsLong();
        known = new Known(current, position);
        return position;
    }

    /** The newest event of all, audit records included: what the audit log must reflect. */
    public long positionWithAudit() {
        return jdbc.sql("select coalesce(max(global_index), 0) from command.domain_event_entry").query(Long.class).single();
    }

    private void published(List<? extends EventMessage<?>> events) {
        if (events.stream().allMatch(ApiCallRecorded::isAuditRecord)) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> generation.incrementAndGet());
        } else {
            generation.incrementAndGet();
        }
    }

    private record Known(long generation, long position) {
    }
}
