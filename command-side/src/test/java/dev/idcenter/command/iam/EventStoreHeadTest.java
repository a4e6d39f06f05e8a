package dev.idcenter.command.iam;

import dev.idcenter.events.audit.ApiCallRecorded;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The head is read from the store once per committed entity event, never kept from before a commit. */
class EventStoreHeadTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private EmbeddedEventStore events;
    private final AtomicLong stored = new AtomicLong(7);
    private final AtomicInteger reads = new AtomicInteger();
    private EventStoreHead head;

    @BeforeEach
    void setUp() {
        events = EmbeddedEventStore.builder().storageEngine(storage).build();
        head = new EventStoreHead(null, events, () -> {
            reads.incrementAndGet();
            return stored.get();
        });
    }

    @AfterEach
    void tearDown() {
        events.shutDown();
    }

    @Test
    void readsTheStoreOnceUntilAnEntityEventCommits() {
        assertThat(head.position()).isEqualTo(7);
        assertThat(head.position()).isEqualTo(7);
        assertThat(reads).hasValue(1);

        stored.set(8);
        events.publish(entityEvent("role-1"));

        assertThat(head.position()).isEqualTo(8);
        assertThat(reads).hasValue(2);
    }

    @Test
    void auditRecordsDoNotMoveTheHead() {
        head.position();
        events.publish(new GenericDomainEventMessage<>(ApiCallRecorded.AGGREGATE_TYPE, "request-1", 0, "record"));

        head.position();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aPositionReadBeforeACommitIsNotKeptAfterIt() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        events.publish(entityEvent("role-2"));
        unitOfWork.onPrepareCommit(u -> {
            // a read racing the commit: the event is not visible to it yet
            assertThat(head.position()).isEqualTo(7);
            stored.set(9);
        });
        unitOfWork.commit();

        assertThat(head.position()).isEqualTo(9);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRolledBackEventKeepsTheHead() {
        head.position();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        events.publish(entityEvent("role-3"));
        unitOfWork.rollback();

        head.position();
        assertThat(reads).hasValue(1);
    }

    private static GenericDomainEventMessage<String> entityEvent(String roleId) {
        return new GenericDomainEventMessage<>("Role", roleId, 0, "RoleCreated");
    }
}
