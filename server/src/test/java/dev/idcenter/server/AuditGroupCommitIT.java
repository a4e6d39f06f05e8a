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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit records of concurrent calls share transactions (group commit), yet each is stored exactly once and is
 * durable when {@code record} returns (AUDIT-1).
 */
class AuditGroupCommitIT extends ServerTestSupport {

    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 100;

    @Autowired
    AuditRecorder recorder;
    @Autowired
    ServiceRegistry models;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givenManyThreadsRecording_whenEveryRecordCallReturned_thenEveryRecordIsStoredExactlyOnce() throws Exception {
        String run = "gc-" + UUID.randomUUID() + "-";
        var sts = models.bySigningName("sts").orElseThrow();
        var assumeRole = new OperationCall(sts, sts.operation("AssumeRole").orElseThrow());
        var getCallerIdentity = new OperationCall(sts, sts.operation("GetCallerIdentity").orElseThrow());
        Caller root = new Caller("Root", ACCOUNT_ID, "arn:aws:iam::" + ACCOUNT_ID + ":root", ACCOUNT_ID, ROOT_ACCESS_KEY_ID);
        var request = new RawHttpRequest("POST", "/", "", Map.of(), new byte[0], "127.0.0.1");
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
                        recorder.record(new AuditedCall(requestId, Instant.now(), request, "sts.amazonaws.com",
                                crossAccount ? assumeRole : getCallerIdentity, root, "us-east-1", input, null, null));
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
        var sts = models.bySigningName("sts").orElseThrow();
        var getCallerIdentity = new OperationCall(sts, sts.operation("GetCallerIdentity").orElseThrow());
        Caller root = new Caller("Root", ACCOUNT_ID, "arn:aws:iam::" + ACCOUNT_ID + ":root", ACCOUNT_ID, ROOT_ACCESS_KEY_ID);
        var request = new RawHttpRequest("POST", "/", "", Map.of(), new byte[0], "127.0.0.1");
        java.util.function.Function<String, AuditedCall> call = requestId -> new AuditedCall(requestId, Instant.now(),
                request, "sts.amazonaws.com", getCallerIdentity, root, "us-east-1", null, null, null);
        String reused = run + "reused";
        recorder.record(call.apply(reused));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> outcomes = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                // the same request id again is the same stream at the same sequence number: the store refuses it
                String requestId = t == THREADS / 2 ? reused : run + t;
                outcomes.add(pool.submit(() -> recorder.record(call.apply(requestId))));
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
        var sts = models.bySigningName("sts").orElseThrow();
        var getCallerIdentity = new OperationCall(sts, sts.operation("GetCallerIdentity").orElseThrow());
        Caller root = new Caller("Root", ACCOUNT_ID, "arn:aws:iam::" + ACCOUNT_ID + ":root", ACCOUNT_ID, ROOT_ACCESS_KEY_ID);
        var request = new RawHttpRequest("POST", "/", "", Map.of(), new byte[0], "127.0.0.1");
        AuditedCall call = new AuditedCall(run + "call", Instant.now(), request, "sts.amazonaws.com", getCallerIdentity,
                root, "us-east-1", null, null, null);
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

    /** An event no projection handles. */
    public record Probe(String run) {
    }
}
