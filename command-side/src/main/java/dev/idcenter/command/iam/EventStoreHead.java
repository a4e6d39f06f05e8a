package dev.idcenter.command.iam;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The event store's newest position: what a read must reflect so that a client reads its own writes. */
@Component
public class EventStoreHead {

    private final JdbcClient jdbc;

    public EventStoreHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long position() {
        return jdbc.sql("select coalesce(max(global_index), 0) from command.domain_event_entry").query(Long.class).single();
    }
}
