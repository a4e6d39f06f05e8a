package dev.idcenter.command.credentials;

import dev.idcenter.command.api.SessionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sessions no longer work before their expiry: single revoked sessions and per-role cutoffs ("every session of
 * role R issued before T"). Held in memory and checked on every call with temporary credentials; read from the
 * command side's tables once, at the first check, and kept current by the revocation events of this node.
 */
@Component
public class SessionRevocations {

    private final JdbcClient jdbc;
    private final Map<String, Instant> roleCutoffs = new ConcurrentHashMap<>();
    /** Revoked session ids with their expiry, so entries can be dropped once they could no longer be used anyway. */
    private final Map<String, Instant> revokedSessions = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    public SessionRevocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a session, still within its lifetime, was revoked. */
    public boolean revoked(SessionContext session) {
        loadOnce();
        if (revokedSessions.containsKey(session.sessionId())) {
            return true;
        }
        if (session.kind() != SessionContext.Kind.ASSUMED_ROLE) {
            return false;
        }
        Instant cutoff = roleCutoffs.get(session.issuerPrincipalId());
        return cutoff != null && session.issuedAt().isBefore(cutoff);
    }

    /** Notes a session's revocation (effective once the recording transaction commits). */
    public void sessionRevoked(String sessionId, String accountId, Instant expiresAt) {
        jdbc.sql("insert into command.sts_revoked_session (session_id, account_id, expires_at) values (?, ?, ?) on conflict do nothing")
                .params(sessionId, accountId, java.sql.Timestamp.from(expiresAt)).update();
        afterCommit(() -> {
            forgetExpired(Instant.now());
            revokedSessions.put(sessionId, expiresAt);
        });
    }

    /** Notes a role's new cutoff (effective once the recording transaction commits). */
    public void roleSessionsRevoked(String roleId, String accountId, Instant issuedBefore) {
        jdbc.sql("""
                        insert into command.sts_role_session_cutoff (role_id, account_id, issued_before) values (?, ?, ?)
                        on conflict (role_id) do update set issued_before = greatest(excluded.issued_before,
                               sts_role_session_cutoff.issued_before)""")
                .params(roleId, accountId, java.sql.Timestamp.from(issuedBefore)).update();
        afterCommit(() -> roleCutoffs.merge(roleId, issuedBefore, (a, b) -> a.isAfter(b) ? a : b));
    }

    /** Forgets revoked sessions that have expired: their credentials answer ExpiredToken anyway. */
    void forgetExpired(Instant now) {
        revokedSessions.values().removeIf(expiry -> expiry.isBefore(now));
    }

    private void loadOnce() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            jdbc.sql("select role_id, issued_before from command.sts_role_session_cutoff")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                    .list().forEach(e -> roleCutoffs.merge(e.getKey(), e.getValue(), (a, b) -> a.isAfter(b) ? a : b));
            jdbc.sql("select session_id, expires_at from command.sts_revoked_session where expires_at > now()")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                    .list().forEach(e -> revokedSessions.put(e.getKey(), e.getValue()));
            loaded = true;
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
