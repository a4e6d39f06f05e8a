package dev.idcenter.command.api;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Events a call stores in the same transaction as its audit record, once the call has succeeded (ADR 0008). Only the
 * first event of a new stream belongs here: it needs no aggregate loaded and no other stream checked, so it can wait
 * for the audit record's group commit instead of a transaction of its own. A call that fails stores none of them.
 */
public final class CallEvents {

    private final List<DomainEventMessage<?>> events = new ArrayList<>(1);

    /** Stages the first event of the new stream {@code aggregateType}/{@code aggregateId}. */
    public void startStream(String aggregateType, String aggregateId, Object firstEvent, Instant at) {
        events.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, 0, firstEvent, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at));
    }

    public List<DomainEventMessage<?>> staged() {
        return List.copyOf(events);
    }
}
