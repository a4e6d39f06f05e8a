package dev.idcenter.query.sessions;

import dev.idcenter.events.sts.SessionRevoked;
import dev.idcenter.events.sts.SessionStarted;
import dev.idcenter.query.store.BatchedInsert;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Sessions by access key id with their parent and origin (AUDIT-2); each event applied at most once. */
@Component
@ProcessingGroup(SessionLineageProjection.PROCESSING_GROUP)
public class SessionLineageProjection {

    public static final String PROCESSING_GROUP = "session-lineage";
    private final JdbcClient jdbc;
    private final BatchedInsert sessions;

    public SessionLineageProjection(JdbcClient jdbc, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
        this.sessions = new BatchedInsert(jdbc, "query.sts_session", """
                session_id text, access_key_id text, kind text, account_id text, principal_arn text, issuer_arn text,
                caller_arn text, session_name text, source_identity text, parent_session_id text, origin_arn text,
                issued_at timestamptz, expires_at timestamptz, mfa_authenticated boolean, source_ip text""",
                "on conflict (session_id) do nothing");
    }

    @EventHandler
    void on(SessionStarted e) {
        sessions.add(e.sessionId(), e.accessKeyId(), e.kind(), e.accountId(), e.principalArn(), e.issuerArn(),
                e.callerArn(), e.sessionName(), e.sourceIdentity(), e.parentSessionId(), e.originArn(),
                e.issuedAt(), e.expiresAt(), e.mfaAuthenticated(), e.sourceIp());
    }

    @EventHandler
    void on(SessionRevoked e) {
        // Redelivery writes the same value again: idempotent. The session's row may still be pending in this batch.
        sessions.flush();
        jdbc.sql("update query.sts_session set revoked_at = ? where session_id = ?")
                .params(Timestamp.from(e.revokedAt()), e.sessionId())
                .update();
    }
}
