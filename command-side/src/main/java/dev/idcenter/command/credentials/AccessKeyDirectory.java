package dev.idcenter.command.credentials;

import dev.idcenter.events.account.RootSecretSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command side's table of access keys, maintained from events in the same transaction that stores them, and
 * read on every signed request (cached: a key's row changes rarely, and every change goes through {@link #put}).
 */
@Component
public class AccessKeyDirectory {

    private final JdbcClient jdbc;
    private final Map<String, Optional<AccessKeyRecord>> cache = new ConcurrentHashMap<>();

    public AccessKeyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccessKeyRecord> find(String accessKeyId) {
        Optional<AccessKeyRecord> cached = cache.get(accessKeyId);
        if (cached != null && cached.isPresent()) {
            return cached;
        }
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
        found.ifPresent(record -> cache.put(accessKeyId, found));
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
        cache.remove(record.accessKeyId());
    }
}
