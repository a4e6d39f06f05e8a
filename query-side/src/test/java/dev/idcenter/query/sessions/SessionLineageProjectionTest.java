package dev.idcenter.query.sessions;

import dev.idcenter.events.sts.SessionRevoked;
import dev.idcenter.events.sts.SessionStarted;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import dev.idcenter.query.store.QueryTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions on real PostgreSQL, their rows written together when the processor's batch commits (AUDIT-2): a revocation
 * in the same batch as its session's start still finds the row, and redelivery within a batch writes one row.
 */
class SessionLineageProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static QueryTestDatabase database;
    private static JdbcClient jdbc;
    private static SessionLineageProjection projection;

    @BeforeAll
    static void database() {
        database = QueryTestDatabase.migrated();
        jdbc = database.jdbc();
        projection = new SessionLineageProjection(jdbc, null);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void givenOneBatch_whenItCommits_thenEverySessionIsWrittenOnceAndTheRevocationApplies() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(started("s-batch-1", "ASIABATCH00000000001"));
        projection.on(started("s-batch-2", "ASIABATCH00000000002"));
        projection.on(started("s-batch-2", "ASIABATCH00000000002")); // redelivered
        assertThat(count("s-batch-%")).as("nothing written before the batch commits").isZero();

        projection.on(new SessionRevoked("s-batch-1", "123456789012", "ASIABATCH00000000001", AT.plusSeconds(3600),
                AT.plusSeconds(60), "arn:aws:iam::123456789012:root"));
        projection.on(started("s-batch-3", "ASIABATCH00000000003"));
        batch.commit();

        assertThat(count("s-batch-%")).isEqualTo(3);
        assertThat(jdbc.sql("select session_id from query.sts_session where session_id like 's-batch-%' "
                + "and revoked_at is not null").query(String.class).list()).containsExactly("s-batch-1");
    }

    @Test
    void givenNoUnitOfWork_whenASessionStarts_thenItsRowIsWrittenAtOnce() {
        projection.on(started("s-direct-1", "ASIADIRECT0000000001"));

        assertThat(count("s-direct-%")).isEqualTo(1);
    }

    @Test
    void givenABatchThatRollsBack_thenNothingIsWritten() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        projection.on(started("s-rolled-1", "ASIAROLLED0000000001"));
        batch.rollback();

        assertThat(count("s-rolled-%")).isZero();
    }

    private static long count(String sessionIdPattern) {
        return jdbc.sql("select count(*) from query.sts_session where session_id like ?").param(sessionIdPattern)
                .query(Long.class).single();
    }

    private static SessionStarted started(String sessionId, String accessKeyId) {
        return new SessionStarted(sessionId, "AssumeRole", accessKeyId, "123456789012", "AROAEXAMPLE:build",
                "arn:aws:sts::123456789012:assumed-role/deployer/build", "Role", "AROAEXAMPLE",
                "arn:aws:iam::123456789012:role/deployer", "arn:aws:iam::123456789012:user/alice", "build", null,
                null, "arn:aws:iam::123456789012:user/alice", AT, AT.plusSeconds(3600), null, List.of(), List.of(),
                List.of(), false, "127.0.0.1");
    }
}
