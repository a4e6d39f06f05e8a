package dev.idcenter.server;

import dev.idcenter.infra.test.TestDatabase;
import dev.idcenter.infra.test.TestKafka;
import dev.idcenter.infra.test.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.messaging.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code postgres,kafka} every stored event travels through the real {@code identity-center.events} topic, keyed
 * by aggregate id, and the query side's projections consume it exactly once, including the events that were stored
 * before the publisher first started (the trap of Axon's default initial token).
 */
class KafkaPipelineIT {

    private static final String TOPIC = "identity-center.events";
    private static final String ACCOUNT_ID = "444455556666";
    private static final String KEY_ID = "AKIAKAFKAPIPELINE234";
    private static final String SECRET = "kafkaPipelineSecretKafkaPipelineSecret12";

    @Test
    void givenEventsStoredBeforeThePublisherStarted_whenKafkaProfileRuns_thenEveryEventReachesTopicAndProjectionExactlyOnce()
            throws Exception {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            String dataDir = "target/test-data/" + UUID.randomUUID();
            try (var withoutKafka = start(database, dataDir, "postgres")) {
                callGetCallerIdentity(withoutKafka, 3);
            }
            JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    database.jdbcUrl(), database.user(), database.password()));
            // The projections must now be rebuilt from the topic alone.
            jdbc.sql("truncate query.audit_event, query.account").update();
            jdbc.sql("delete from command.token_entry where processor_name in ('audit-log', 'account-views')").update();

            try (var withKafka = start(database, dataDir, "postgres", "kafka")) {
                callGetCallerIdentity(withKafka, 2);
                Map<String, String> storedKeyByEventId = jdbc
                        .sql("select event_identifier, aggregate_identifier from command.domain_event_entry")
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                assertThat(storedKeyByEventId).hasSize(1 + 3 + 2); // the account, then five audited calls

                assertThat(topicRetention()).as("the topic keeps events forever").isEqualTo("-1");
                List<ConsumerRecord<String, byte[]>> published = readTopicUntil(storedKeyByEventId.size());
                Map<String, Long> timesPublished = published.stream().collect(Collectors.groupingBy(
                        record -> header(record, Headers.MESSAGE_ID), Collectors.counting()));
                assertThat(timesPublished.keySet()).containsExactlyInAnyOrderElementsOf(storedKeyByEventId.keySet());
                assertThat(timesPublished.values()).allMatch(times -> times == 1);
                assertThat(published).allSatisfy(record -> assertThat(record.key())
                        .isEqualTo(storedKeyByEventId.get(header(record, Headers.MESSAGE_ID))));

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(jdbc.sql("select count(distinct request_id) from query.audit_event").query(Long.class).single())
                            .isEqualTo(5);
                    assertThat(jdbc.sql("select count(*) from query.audit_event").query(Long.class).single()).isEqualTo(5);
                    assertThat(jdbc.sql("select account_id from query.account").query(String.class).list())
                            .containsExactly(ACCOUNT_ID);
                });
            }
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database, String dataDir, String... profiles) {
        // Command-line arguments: they outrank the profile sections of application.yml, as an operator's would.
        return new SpringApplicationBuilder(IdentityCenterApplication.class)
                .profiles(profiles)
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--idc.data-dir=" + dataDir,
                        "--idc.master-keys=k1:" + Base64.getEncoder().encodeToString(new byte[32]),
                        "--idc.bootstrap.management-account-id=" + ACCOUNT_ID,
                        "--idc.bootstrap.root-access-key-id=" + KEY_ID,
                        "--idc.bootstrap.root-secret-access-key=" + SECRET,
                        "--axon.kafka.bootstrap-servers=" + TestKafka.bootstrapServers());
    }

    private static void callGetCallerIdentity(ConfigurableApplicationContext context, int times) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create("http://localhost:" + port))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET)))
                .build()) {
            for (int i = 0; i < times; i++) {
                assertThat(sts.getCallerIdentity().account()).isEqualTo(ACCOUNT_ID);
            }
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readTopicUntil(int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "pipeline-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            // Anything beyond the expected count would be a duplicate: give it a moment to show up.
            consumer.poll(Duration.ofSeconds(2)).forEach(records::add);
        }
        return records;
    }

    private static String topicRetention() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, TOPIC);
            return admin.describeConfigs(List.of(resource)).all().get().get(resource).get("retention.ms").value();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
