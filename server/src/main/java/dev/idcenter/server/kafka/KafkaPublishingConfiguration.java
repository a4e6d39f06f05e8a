package dev.idcenter.server.kafka;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With the {@code kafka} profile every stored event is published to the {@code identity-center.events} topic by a
 * tracking processor over the event store. That processor must start at the very first stored event: with Axon's
 * default initial token it treats the events stored before its first start as a replay, and the publisher drops
 * replayed events, silently.
 */
@Configuration(proxyBeanMethods = false)
@Profile("kafka")
public class KafkaPublishingConfiguration {

    @Bean
    public ConfigurerModule publishFromTheFirstEvent() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }
}
