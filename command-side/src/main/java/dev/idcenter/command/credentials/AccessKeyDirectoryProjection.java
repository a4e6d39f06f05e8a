package dev.idcenter.command.credentials;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.account.ManagementAccountCreated;
import dev.idcenter.events.account.RootSecretSource;
import dev.idcenter.events.iam.user.UserAccessKeyCreated;
import dev.idcenter.events.iam.user.UserAccessKeyDeleted;
import dev.idcenter.events.iam.user.UserAccessKeyStatusChanged;
import dev.idcenter.events.iam.user.UserUpdated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the command side's directories (accounts, access keys) in step with the events. Runs in a subscribing
 * processor, so each row is written in the same transaction as the event that implies it.
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class AccessKeyDirectoryProjection {

    private final AccessKeyDirectory keys;
    private final JdbcClient jdbc;

    public AccessKeyDirectoryProjection(AccessKeyDirectory keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ManagementAccountCreated event) {
        jdbc.sql("insert into command.account_directory (account_id, kind, created_at) values (?, 'MANAGEMENT', ?)")
                .params(event.accountId(), java.sql.Timestamp.from(event.createdAt()))
                .update();
        keys.put(new AccessKeyRecord(event.rootAccessKeyId(), event.accountId(), "Root", event.accountId(),
                "arn:aws:iam::" + event.accountId() + ":root", event.secretSource(), event.masterKeyId(), "Active"),
                event.createdAt());
    }

    @EventHandler
    void on(UserAccessKeyCreated event) {
        keys.put(new AccessKeyRecord(event.accessKeyId(), event.accountId(), "IAMUser", event.userId(), event.userArn(),
                RootSecretSource.DERIVED, event.masterKeyId(), event.status()), event.createdAt());
    }

    @EventHandler
    void on(UserAccessKeyStatusChanged event) {
        keys.updateStatus(event.accessKeyId(), event.status());
    }

    @EventHandler
    void on(UserAccessKeyDeleted event) {
        keys.delete(event.accessKeyId());
    }

    @EventHandler
    void on(UserUpdated event) {
        keys.updatePrincipalArn(event.userId(), "arn:aws:iam::" + event.accountId() + ":user" + event.path() + event.userName());
    }
}
