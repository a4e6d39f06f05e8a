package dev.idcenter.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.idcenter.command.api.CallEvents;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.audit.AuditRecorder;
import dev.idcenter.command.audit.AuditedCall;
import dev.idcenter.protocol.OperationCall;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit records of concurrent calls share transactions (group commit), yet each is stored exactly once and is
 * durable when {@code record} returns (AUDIT-1).
 */
class AuditGroupCommitIT extends ServerTestSupport {

    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 100;
    private static final int WRITER_THREADS = 2; // idc.audit.writer-threads
    private static final Caller ROOT = new Caller("Root", ACCOUNT_ID, "arn:aws:iam::" + ACCOUNT_ID + ":root",
            ACCOUNT_ID, ROOT_ACCESS_KEY_ID);
    private static final RawHttpRequest REQUEST = new RawHttpRequest("POST", "/", "", Map.of(), new byte[0],
            "127.0.0.1");

    @Autowired
    AuditRecorder recorder;
    @Autowired
    ServiceRegistry models;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void givenManyThreadsRecording_whenEveryRecordCallReturned_thenEveryRecordIsStoredExactlyOnce() throws Exception {
        String run = "gc-" + UUID.randomUUID() + "-";
        OperationCall assumeRole = sts("AssumeRole");
        OperationCall getCallerIdentity = sts("GetCallerIdentity");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        String requestId = run + thread + "-" + i;
                        // every tenth call assumes a role of another account: two records in one stream
                        boolean crossAccount = i % 10 == 0;
                        var input = JsonNodeFactory.instance.objectNode();
                        if (crossAccount) {
                            input.put("RoleArn", "arn:aws:iam::444455556666:role/r").put("RoleSessionName", "s");
                        }
                        recorder.record(new AuditedCall(requestId, Instant.now(), REQUEST, "sts.amazonaws.com",
                                crossAccount ? assumeRole : getCallerIdentity, ROOT, "us-east-1", input, null, null));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        // no waiting: every record call has returned, so every record is committed
        var stored = jdbc.sql("""
                        select count(*), count(distinct aggregate_identifier), count(distinct event_identifier),
                               count(*) filter (where sequence_number = 1)
                          from command.domain_event_entry where type = 'ApiCall' and aggregate_identifier like ?""")
                .param(run + "%")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        long calls = THREADS * CALLS_PER_THREAD;
        long crossAccountCalls = THREADS * (CALLS_PER_THREAD / 10);
        assertThat(stored).containsExactly(calls + crossAccountCalls, calls, calls + crossAccountCalls, crossAccountCalls);
    }

    // A record the event store refuses fails its own call only: the batch it was in is retried call by call.
    @Test
    void givenARefusedRecordAmongConcurrentOnes_whenRecorded_thenOnlyItsCallerGetsTheFailure() throws Exception {
        String run = "gc-" + UUID.randomUUID() + "-";
        String reused = run + "reused";
        recorder.record(getCallerIdentity(reused));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> outcomes = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                // the same request id again is the same stream at the same sequence number: the store refuses it
                String requestId = t == THREADS / 2 ? reused : run + t;
                outcomes.add(pool.submit(() -> recorder.record(getCallerIdentity(requestId))));
            }
            for (int t = 0; t < THREADS; t++) {
                if (t == THREADS / 2) {
                    assertThatThrownBy(outcomes.get(t)::get).isInstanceOf(java.util.concurrent.ExecutionException.class);
                } else {
                    outcomes.get(t).get();
                }
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier like ?")
                .param(run + "%").query(Long.class).single()).isEqualTo(THREADS);
    }

    // ADR 0008: a call's events share its record's transaction; a record the store refuses takes them with it.
    @Test
    void givenEventsStoredWithARecord_whenTheRecordIsRefused_thenNoneOfItsEventsIsStored() {
        String run = "gc-" + UUID.randomUUID() + "-";
        AuditedCall call = getCallerIdentity(run + "call");
        CallEvents first = new CallEvents();
        first.startStream("GroupCommitProbe", run + "first", new Probe(run), Instant.now());
        CallEvents second = new CallEvents();
        second.startStream("GroupCommitProbe", run + "second", new Probe(run), Instant.now());

        recorder.record(call, first.staged());
        // the same request id again: the store refuses the record, and with it the second stream's event
        assertThatThrownBy(() -> recorder.record(call, second.staged())).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.sql("select aggregate_identifier from command.domain_event_entry "
                        + "where type = 'GroupCommitProbe' and aggregate_identifier like ?")
                .param(run + "%").query(String.class).list()).containsExactly(run + "first");
    }

    // ADR 0008: a caller that gives up before a writer has its call withdraws it, so the session its client was
    // refused is never stored; calls already taken by a writer are stored as before.
    @Test
    void givenWritersBlocked_whenACallWithEventsIsGivenUp_thenItsEventsAreNeverStored() throws Exception {
        String run = "gc-" + UUID.randomUUID() + "-";
        CallEvents givenUp = new CallEvents();
        givenUp.startStream("GroupCommitProbe", run + "given-up-session", new Probe(run), Instant.now());

        ExecutorService pool = Executors.newCachedThreadPool();
        List<String> takenIds = new ArrayList<>();
        List<Future<?>> taken = new ArrayList<>();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                // reads go on; every insert, so every writer's batch, waits for this transaction
                statement.execute("lock table command.domain_event_entry in exclusive mode");
            }
            // one call at a time until every writer is stuck in a batch of its own
            while (blockedWriters() < WRITER_THREADS) {
                assertThat(takenIds).as("calls sent before every writer was blocked").hasSizeLessThan(20);
                String requestId = run + takenIds.size();
                takenIds.add(requestId);
                taken.add(pool.submit(() -> recorder.record(getCallerIdentity(requestId))));
                Thread.sleep(200);
            }
            Future<?> givenUpCall = pool.submit(() ->
                    recorder.record(getCallerIdentity(run + "given-up"), givenUp.staged()));
            Thread.sleep(300); // queued behind the blocked writers
            givenUpCall.cancel(true);
            lock.commit();
        } finally {
            pool.shutdown();
        }
        for (Future<?> future : taken) {
            future.get();
        }
        recorder.record(getCallerIdentity(run + "after"));
        // long enough for a writer to have stored the given-up call, had it been left in the queue
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                        "select count(*) from command.domain_event_entry where aggregate_identifier like ?")
                .param(run + "given-up%").query(Long.class).single() == 0);

        assertThat(jdbc.sql("select aggregate_identifier from command.domain_event_entry "
                        + "where aggregate_identifier like ?")
                .param(run + "%").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(takenIds.stream(),
                        java.util.stream.Stream.of(run + "after")).toList());
    }

    private long blockedWriters() {
        return jdbc.sql("""
                        select count(*) from pg_locks
                         where not granted and relation = 'command.domain_event_entry'::regclass""")
                .query(Long.class).single();
    }

    private OperationCall sts(String operation) {
        var sts = models.bySigningName("sts").orElseThrow();
        return new OperationCall(sts, sts.operation(operation).orElseThrow());
    }

    private AuditedCall getCallerIdentity(String requestId) {
        return new AuditedCall(requestId, Instant.now(), REQUEST, "sts.amazonaws.com", sts("GetCallerIdentity"), ROOT,
                "us-east-1", null, null, null);
    }

    /** An event no projection handles. */
    public record Probe(String run) {
    }
}
