package dev.idcenter.query.account;

import dev.idcenter.events.account.ManagementAccountCreated;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** The accounts of the organization, as the query side sees them. */
@Component
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection {

    public static final String PROCESSING_GROUP = "account-views";
    private final JdbcClient jdbc;

    public AccountProjection(JdbcClient jdbc, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ManagementAccountCreated event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        insert into query.account (account_id, kind, created_at, last_event_id)
                        values (?, 'MANAGEMENT', ?, ?)
                        on conflict (account_id) do nothing""")
                .params(event.accountId(), Timestamp.from(event.createdAt()), eventId)
                .update();
    }
}
