package dev.idcenter.server.events;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The source that processors name in {@code axon.eventhandling.processors.NAME.source} to read no audit records. */
@Configuration(proxyBeanMethods = false)
public class EntityEventsConfiguration {

    public static final String SOURCE = "entityEvents";

    @Bean(SOURCE)
    EntityEvents entityEvents(EventStore eventStore) {
        return new EntityEvents(eventStore);
    }
}
