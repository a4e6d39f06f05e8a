package dev.idcenter.server.events;

import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processors that handle no audit record read the real embedded event store through {@link EntityEvents}: they
 * must get every other event in order, with the event store's own tokens, and never wait on audit records alone.
 */
class EntityEventsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EntityEvents source = new EntityEvents(store);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void givenAuditRecordsBetweenEvents_whenRead_thenOnlyTheOtherEventsComeInOrder() throws Exception {
        store.publish(audit("r-1"), event("Role", "role-1", 0), audit("r-2"), audit("r-3"),
                event("RoleSession", "s-1", 0), audit("r-4"), event("Role", "role-1", 1), audit("r-5"));

        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            List<String> read = new ArrayList<>();
            while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                assertThat(stream.peek()).isPresent();
                read.add(stream.nextAvailable().getPayload().toString());
            }

            assertThat(read).containsExactly("Role role-1 0", "RoleSession s-1 0", "Role role-1 1");
        }
    }

    @Test
    void givenOnlyAuditRecordsAfterTheLastEvent_thenNothingIsAvailableAndPeekIsEmpty() throws Exception {
        store.publish(event("Role", "role-1", 0), audit("r-1"), audit("r-2"));

        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("Role role-1 0");

            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.peek()).isEmpty();

            store.publish(event("Role", "role-2", 0));
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("Role role-2 0");
        }
    }

    @Test
    void givenATokenFromThisSource_whenTheEventStoreIsReadFromIt_thenItGoesOnAfterThatEvent() throws Exception {
        store.publish(audit("r-1"), event("Role", "role-1", 0), audit("r-2"), event("Role", "role-2", 0));

        TrackingToken afterFirst;
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken())) {
            afterFirst = stream.nextAvailable().trackingToken();
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(afterFirst)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("audit r-2");
        }
        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());
    }

    @Test
    void givenASubscriber_whenEventsArePublished_thenItGetsEachBatchWithoutTheAuditRecordsAndNoBatchOfThemAlone() {
        List<List<Object>> batches = new ArrayList<>();
        new EntityEventBus(store).subscribe(events -> batches.add(events.stream()
                .map(event -> (Object) event.getPayload()).toList()));

        store.publish(audit("r-1"), event("Role", "role-1", 0), audit("r-2"));
        store.publish(audit("r-3"), audit("r-4"));
        store.publish(event("RoleSession", "s-1", 0));

        assertThat(batches).containsExactly(List.of("Role role-1 0"), List.of("RoleSession s-1 0"));
    }

    private static GenericDomainEventMessage<String> audit(String requestId) {
        return new GenericDomainEventMessage<>(ApiCallRecorded.AGGREGATE_TYPE, requestId, 0, "audit " + requestId);
    }

    private static GenericDomainEventMessage<String> event(String type, String id, long sequence) {
        return new GenericDomainEventMessage<>(type, id, sequence, type + " " + id + " " + sequence);
    }
}
