package dev.idcenter.server;

import dev.idcenter.command.account.CreateManagementAccount;
import dev.idcenter.events.account.RootSecretSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command side's directory tables are written in the same transaction as the events that imply them. */
class CommandDirectoryTransactionIT extends ServerTestSupport {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givenManagementAccount_whenASecondOneIsCreated_thenCommandFailsAndNoEventIsStored() {
        long eventsBefore = events();
        // A second management account (two nodes bootstrapping at once, say): the directory's unique index refuses
        // it, and with it the event.
        assertThatThrownBy(() -> commands.sendAndWait(new CreateManagementAccount("999988887777", ROOT_ACCESS_KEY_ID,
                RootSecretSource.DERIVED, "k1", Instant.now())))
                .hasMessageContaining("account_directory_one_management");

        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(jdbc.sql("select count(*) from command.account_directory where account_id = '999988887777'")
                .query(Long.class).single()).isZero();
    }

    private long events() {
        return jdbc.sql("select count(*) from command.domain_event_entry where type = 'Account'").query(Long.class).single();
    }
}
