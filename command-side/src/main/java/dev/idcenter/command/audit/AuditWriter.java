package dev.idcenter.command.audit;

import dev.idcenter.events.audit.ApiCallRecorded;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stores audit records with group commit: the records of concurrent calls are appended in one transaction, while
 * each caller still waits until its own records are durable, so no record is lost on a crash after its client got
 * an answer (AUDIT-1). One transaction per call would make the audit trail the bottleneck at thousands of calls per
 * second. The events a call stores with its record (a new session's first event, ADR 0008) share that transaction.
 * A batch that fails is retried call by call, so one bad record cannot cost others theirs; a caller whose
 * records could not be stored gets the exception, as it did when it wrote them itself.
 */
@Component
class AuditWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final int MAX_CALLS_PER_BATCH = 500;
    private final EventBus eventBus;
    private final TransactionManager transactions;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    AuditWriter(EventBus eventBus, TransactionManager transactions,
                @Value("${idc.audit.writer-threads:2}") int writerThreads,
                @Value("${idc.audit.queue-capacity:10000}") int queueCapacity) {
        this.eventBus = eventBus;
        this.transactions = transactions;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        for (int i = 0; i < writerThreads; i++) {
            Thread writer = new Thread(this::writeBatches, "audit-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Returns once the call's events and records are committed, together; throws when they could not be. */
    void write(List<DomainEventMessage<?>> events, List<ApiCallRecorded> records) {
        Pending pending = new Pending(events, records);
        if (!running) {
            store(List.of(pending));
            return;
        }
        try {
            queue.put(pending); // a full queue holds callers back rather than dropping their records
            awaitStored(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the audit record was confirmed", e);
        }
    }

    /**
     * A caller that gives up on a call with events of its own withdraws the call, so that its client's error stays
     * true: a session whose credentials were never handed out is never stored. A call without such events has already
     * done what it records (a command committed before), so its record is still stored when a writer gets to it.
     */
    private void awaitStored(Pending pending) throws InterruptedException {
        try {
            try {
                pending.stored().get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | InterruptedException e) {
                if (pending.events().isEmpty() || pending.withdraw()) {
                    throw e;
                }
                // a writer is storing it already: its outcome is the call's
                pending.stored().get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("audit record not confirmed within " + MAX_WAIT, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("audit record not stored", e.getCause());
        }
    }

    /** Stores what is queued, then lets calls store their own records (the server is stopping). */
    @PreDestroy
    void close() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(MAX_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // a call that saw the writers running may have queued its records after they stopped
        for (Pending late = queue.poll(); late != null; late = queue.poll()) {
            if (late.take()) {
                commit(List.of(late));
            }
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_CALLS_PER_BATCH - 1);
                batch.removeIf(pending -> !pending.take());
                if (!batch.isEmpty()) {
                    commit(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(p -> p.stored().completeExceptionally(e));
                return;
            } catch (RuntimeException | Error e) {
                // never leave a caller waiting for a batch whose writer failed outside commit()
                batch.forEach(p -> p.stored().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            store(batch);
            batch.forEach(p -> p.stored().complete(null));
        } catch (RuntimeException batchFailure) {
            if (batch.size() > 1) {
                LOG.warn("Audit batch of {} calls failed, storing them one by one", batch.size(), batchFailure);
            }
            for (Pending pending : batch) {
                try {
                    if (batch.size() > 1) {
                        store(List.of(pending));
                    } else {
                        throw batchFailure;
                    }
                    pending.stored().complete(null);
                } catch (RuntimeException e) {
                    pending.stored().completeExceptionally(e);
                }
            }
        }
    }

    /**
     * One transaction: the calls' events, their records and what the subscribing processors write for them commit
     * together. The unit of work matters: tracking processors are told of new events after the commit, not before it,
     * else they would look, find nothing yet, and sleep until their next poll.
     */
    private void store(List<Pending> calls) {
        List<EventMessage<?>> messages = new ArrayList<>(calls.size() + 1);
        for (Pending call : calls) {
            messages.addAll(call.events());
            // the records of one request are one stream: 0 for the caller's account, 1 for another account
            long sequence = 0;
            for (ApiCallRecorded record : call.records()) {
                messages.add(new GenericDomainEventMessage<>(ApiCallRecorded.AGGREGATE_TYPE, record.requestId(),
                        sequence++, record, MetaData.emptyInstance(), record.eventId(), record.eventTime()));
            }
        }
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactions);
            eventBus.publish(messages);
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }

    /** A call's events and records, taken by a writer or withdrawn by its caller, whichever comes first. */
    private record Pending(List<DomainEventMessage<?>> events, List<ApiCallRecorded> records,
                           CompletableFuture<Void> stored, AtomicBoolean settled) {

        Pending(List<DomainEventMessage<?>> events, List<ApiCallRecorded> records) {
            this(events, records, new CompletableFuture<>(), new AtomicBoolean());
        }

        boolean take() {
            return settled.compareAndSet(false, true);
        }

        boolean withdraw() {
            return settled.compareAndSet(false, true);
        }
    }
}
