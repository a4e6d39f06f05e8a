package dev.idcenter.server.kafka;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
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

    /** Runs before Axon starts its processors (configurer modules are applied when the configuration is built). */
    @Bean
    public ConfigurerModule eventTopicExists(@Value("${axon.kafka.bootstrap-servers}") String bootstrapServers,
                                            @Value("${axon.kafka.default-topic}") String topic,
                                            @Value("${idc.kafka.partitions:3}") int partitions,
                                            @Value("${idc.kafka.replication-factor:1}") short replicationFactor) {
        return configurer -> EventTopic.ensure(bootstrapServers, topic, partitions, replicationFactor);
    }

    @Bean
    public ConfigurerModule publishFromTheFirstEvent() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }
}
