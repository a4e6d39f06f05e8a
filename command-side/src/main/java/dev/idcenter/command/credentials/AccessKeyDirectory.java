package dev.idcenter.command.credentials;

import dev.idcenter.events.account.RootSecretSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command side's table of access keys, maintained from events in the same transaction that stores them, and
 * read on every signed request. Cached: a key's row changes rarely, and every change made on this node evicts it (at
 * once and after its transaction commits); a change made on another node is seen within {@link #CACHE_TTL}.
 */
@Component
public class AccessKeyDirectory {

    /** How long a cached row is trusted: bounds how long another node's deactivation or deletion goes unseen. */
    static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private final JdbcClient jdbc;
    /** How often a key's last use is written: at most once a minute per key, never once per request. */
    static final Duration LAST_USED_FLUSH = Duration.ofMinutes(1);
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, LastUse> lastUsedSeen = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    public AccessKeyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When, with which service (signing name) and in which region a key last signed an authenticated call. */
    public record LastUse(Instant at, String service, String region) {
    }

    /** An access key as ListAccessKeys shows it. */
    public record Listing(String accessKeyId, String principalId, String status, Instant createdAt) {
    }

    private record Cached(AccessKeyRecord record, long loadedAtNanos) {
        boolean fresh() {
            return System.nanoTime() - loadedAtNanos < CACHE_TTL.toNanos();
        }
    }

    public Optional<AccessKeyRecord> find(String accessKeyId) {
        Cached cached = cache.get(accessKeyId);
        if (cached != null && cached.fresh()) {
            return Optional.of(cached.record());
        }
        long loadedAt = System.nanoTime();
        // Unknown keys are not cached: a key created by another node must become usable without a restart.
        Optional<AccessKeyRecord> found = jdbc.sql("""
                        select access_key_id, account_id, principal_type, principal_id, principal_arn, secret_source,
                               master_key_id, status
                          from command.access_key where access_key_id = ?""")
                .param(accessKeyId)
                .query((rs, n) -> new AccessKeyRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), RootSecretSource.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8)))
                .optional();
        found.ifPresentOrElse(record -> cache.put(accessKeyId, new Cached(record, loadedAt)),
                () -> cache.remove(accessKeyId));
        return found;
    }

    void put(AccessKeyRecord record, Instant createdAt) {
        jdbc.sql("""
                        insert into command.access_key (access_key_id, account_id, principal_type, principal_id,
                               principal_arn, secret_source, master_key_id, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.accessKeyId(), record.accountId(), record.principalType(), record.principalId(),
                        record.principalArn(), record.secretSource().name(), record.masterKeyId(), record.status(),
                        java.sql.Timestamp.from(createdAt))
                .update();
        evict(record.accessKeyId());
    }

    void updateStatus(String accessKeyId, String status) {
        jdbc.sql("update command.access_key set status = ? where access_key_id = ?").params(status, accessKeyId).update();
        evict(accessKeyId);
    }

    void delete(String accessKeyId) {
        jdbc.sql("delete from command.access_key where access_key_id = ?").param(accessKeyId).update();
        lastUsedSeen.remove(accessKeyId);
        lastUsedWritten.remove(accessKeyId);
        evict(accessKeyId);
    }

    /** A renamed or moved principal signs as its new ARN. */
    void updatePrincipalArn(String principalId, String principalArn) {
        List<String> ids = jdbc.sql("select access_key_id from command.access_key where principal_id = ?")
                .param(principalId).query(String.class).list();
        jdbc.sql("update command.access_key set principal_arn = ? where principal_id = ?")
                .params(principalArn, principalId).update();
        ids.forEach(this::evict);
    }

    /** The keys of a principal, oldest first. */
    public List<Listing> keysOf(String principalId) {
        return jdbc.sql("""
                        select access_key_id, principal_id, status, created_at from command.access_key
                         where principal_id = ? order by created_at, access_key_id""")
                .param(principalId)
                .query((rs, n) -> new Listing(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Notes that a key signed an authenticated call; written to the table at most once a minute per key. */
    void used(String accessKeyId, LastUse use) {
        LastUse previous = lastUsedSeen.get(accessKeyId);
        if (previous != null && previous.at().isAfter(use.at())) {
            return;
        }
        lastUsedSeen.put(accessKeyId, use);
        Instant written = lastUsedWritten.get(accessKeyId);
        if (written == null || !use.at().isBefore(written.plus(LAST_USED_FLUSH))) {
            lastUsedWritten.put(accessKeyId, use.at());
            jdbc.sql("""
                            update command.access_key set last_used_at = ?, last_used_service = ?, last_used_region = ?
                             where access_key_id = ?""")
                    .params(java.sql.Timestamp.from(use.at()), use.service(), use.region(), accessKeyId).update();
        }
    }

    /** When the key last signed a call: what this node saw, else what was written (possibly by another node). */
    public Optional<LastUse> lastUsed(String accessKeyId) {
        LastUse seen = lastUsedSeen.get(accessKeyId);
        if (seen != null) {
            return Optional.of(seen);
        }
        return jdbc.sql("""
                        select last_used_at, last_used_service, last_used_region from command.access_key
                         where access_key_id = ? and last_used_at is not null""")
                .param(accessKeyId)
                .query((rs, n) -> new LastUse(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Drops a cached row now and again once the writing transaction commits, so no reader keeps the old row. */
    private void evict(String accessKeyId) {
        cache.remove(accessKeyId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(accessKeyId);
                }
            });
        }
    }
}
