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

    /**
     * The newest event other than an audit record. Audit records change no entity view, and every call appends one:
     * a read that waited for them too would chase a head moving thousands of times a second.
     */
    public long position() {
        return jdbc.sql("select coalesce(max(global_index), 0) from command.domain_event_entry "
                + "where type is distinct from 'ApiCall'").query(Long.class).single();
    }

    /** The newest event of all, audit records included: what the audit log must reflect. */
    public long positionWithAudit() {
        return jdbc.sql("select coalesce(max(global_index), 0) from command.domain_event_entry").query(Long.class).single();
    }
}
