package dev.idcenter.server.events;

import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;

import java.util.List;
import java.util.function.Consumer;

/**
 * The events published to the event store, without the audit records, for subscribing processors that handle none:
 * they are handed each batch in the publishing unit of work, as they would be by the event store itself, and a batch
 * of audit records alone is not handed over at all. Without it the command directory asked each of its handlers
 * about every call's record, in the audit writer's group commit.
 */
public final class EntityEventBus implements SubscribableMessageSource<EventMessage<?>> {

    private final SubscribableMessageSource<EventMessage<?>> store;

    public EntityEventBus(SubscribableMessageSource<EventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
        return store.subscribe(events -> {
            List<? extends EventMessage<?>> entityEvents = events.stream()
                    .filter(event -> !ApiCallRecorded.isAuditRecord(event))
                    .toList();
            if (!entityEvents.isEmpty()) {
                processor.accept(entityEvents);
            }
        });
    }
}
