package dev.idcenter.server.events;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sources that processors name in {@code axon.eventhandling.processors.NAME.source} to get no audit records:
 * {@value #SOURCE} for tracking processors, {@value #BUS} for subscribing ones.
 */
@Configuration(proxyBeanMethods = false)
public class EntityEventsConfiguration {

    public static final String SOURCE = "entityEvents";
    public static final String BUS = "entityEventBus";

    @Bean(SOURCE)
    EntityEvents entityEvents(EventStore eventStore) {
        return new EntityEvents(eventStore);
    }

    @Bean(BUS)
    EntityEventBus entityEventBus(EventStore eventStore) {
        return new EntityEventBus(eventStore);
    }
}
