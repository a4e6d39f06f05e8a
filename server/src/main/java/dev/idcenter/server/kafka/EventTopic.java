package dev.idcenter.server.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The events topic, created before anything publishes to it and kept forever: the query side's projections are
 * rebuilt from it, so a broker default of seven days' retention would silently lose history. An existing topic with a
 * finite retention is reported, not changed: that is the operator's decision.
 */
final class EventTopic {

    private static final Logger LOG = LoggerFactory.getLogger(EventTopic.class);

    private EventTopic() {
    }

    static void ensure(String bootstrapServers, String topic, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            NewTopic newTopic = new NewTopic(topic, partitions, replicationFactor)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
            try {
                admin.createTopics(Set.of(newTopic)).all().get(30, TimeUnit.SECONDS);
                LOG.info("Created Kafka topic {} ({} partitions, kept forever)", topic, partitions);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create Kafka topic " + topic + ": " + e.getCause().getMessage(), e);
                }
                String retention = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                        .all().get(30, TimeUnit.SECONDS).values().iterator().next()
                        .get(TopicConfig.RETENTION_MS_CONFIG).value();
                if (!"-1".equals(retention)) {
                    LOG.warn("Kafka topic {} keeps events for only {} ms: projections rebuilt from it will miss older "
                            + "events (set retention.ms=-1)", topic, retention);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topic " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer: " + e.getMessage(), e);
        }
    }
}
