package dev.idcenter.infra.test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for tests, one per test run:
 * <ul>
 *     <li>{@code IDC_TEST_KAFKA_BOOTSTRAP} when set;</li>
 *     <li>else a Testcontainers Kafka when a Docker engine answers;</li>
 *     <li>else an embedded single-node KRaft broker (the real Kafka server, in this JVM).</li>
 * </ul>
 */
public final class TestKafka {

    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static String bootstrapServers;

    private TestKafka() {
    }

    /** The run's broker, started on first use. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            ServiceSource source = ServiceSource.choose("IDC_TEST_KAFKA_BOOTSTRAP");
            bootstrapServers = switch (source) {
                case ENVIRONMENT -> System.getenv("IDC_TEST_KAFKA_BOOTSTRAP");
                case TESTCONTAINERS -> {
                    var container = new KafkaContainer("apache/kafka:3.9.2");
                    container.start();
                    yield container.getBootstrapServers();
                }
                case LOCAL -> {
                    var broker = new EmbeddedKafkaKraftBroker(1, 1);
                    broker.afterPropertiesSet();
                    // No shutdown hook: stopping while the JVM's other hooks delete its files only adds noise, and
                    // its files live under target/.
                    yield broker.getBrokersAsString();
                }
            };
            LOG.info("Tests use Kafka at {} ({})", bootstrapServers, source);
        }
        return bootstrapServers;
    }
}
