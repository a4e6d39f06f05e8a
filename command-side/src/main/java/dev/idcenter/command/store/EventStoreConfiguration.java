package dev.idcenter.command.store;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The event store lives in PostgreSQL schema {@code command}, in snake_case tables, written by Axon's JDBC engine.
 * The schema is created by this side's own Flyway history, so the query side can migrate its schema independently.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    static final String SCHEMA = "command";

    @Bean
    public CommandSchemaMigration commandSchemaMigration(DataSource dataSource) {
        return new CommandSchemaMigration(dataSource);
    }

    @Bean
    public EventSchema eventSchema(CommandSchemaMigration migrated) {
        return EventSchema.builder()
                .eventTable(SCHEMA + ".domain_event_entry")
                .snapshotTable(SCHEMA + ".snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema(CommandSchemaMigration migrated) {
        return TokenSchema.builder()
                .setTokenTable(SCHEMA + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Declared here so that no extension module's in-memory token store can win. */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .build();
    }

    /** Runs the command side's migrations when created, before anything reads the tables. */
    public static final class CommandSchemaMigration {
        CommandSchemaMigration(DataSource dataSource) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(SCHEMA)
                    .locations("classpath:db/command")
                    .load()
                    .migrate();
        }
    }
}
