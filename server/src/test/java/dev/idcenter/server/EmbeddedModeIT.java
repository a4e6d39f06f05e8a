package dev.idcenter.server;

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
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default mode a new user meets: no profile, no external server. PostgreSQL is embedded with its data under the
 * data directory, the root secret is generated (derived, never stored) and handed over in a 0600 credentials file,
 * and all of it survives a restart.
 */
class EmbeddedModeIT {

    @Test
    void givenNoConfiguration_whenStartedTwice_thenSameAccountAndCredentialsAndTheAuditTrailSurvive() throws Exception {
        Path dataDir = Path.of("target", "embedded-" + UUID.randomUUID());
        String firstAccount;
        try (var first = start(dataDir)) {
            Path credentialsFile = dataDir.resolve("root-credentials");
            assertThat(Files.getPosixFilePermissions(credentialsFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("master-keys")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            GetCallerIdentityResponse identity = callerIdentity(first, credentialsFile);
            firstAccount = identity.account();
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::" + firstAccount + ":root");
            String secret = credentials(credentialsFile).getProperty("aws_secret_access_key");
            // The secret is derived, never stored: not in any event payload.
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from command.domain_event_entry where convert_from(payload, 'UTF8') like ?")
                    .param("%" + secret + "%").query(Long.class).single()).isZero();
            await().atMost(Duration.ofSeconds(20)).until(() -> auditRows(first) >= 1);
            // The event store is durable: zonky's test defaults (fsync off) are overridden.
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        }
        try (var second = start(dataDir)) {
            GetCallerIdentityResponse identity = callerIdentity(second, dataDir.resolve("root-credentials"));
            assertThat(identity.account()).isEqualTo(firstAccount);
            assertThat(second.getBean(JdbcClient.class).sql("select count(*) from command.account_directory")
                    .query(Long.class).single()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> auditRows(second) >= 2);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(IdentityCenterApplication.class)
                .run("--server.port=0", "--idc.data-dir=" + dataDir);
    }

    private static long auditRows(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from query.audit_event").query(Long.class).single();
    }

    private static GetCallerIdentityResponse callerIdentity(ConfigurableApplicationContext context, Path credentialsFile)
            throws Exception {
        Properties profile = credentials(credentialsFile);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (StsClient sts = StsClient.builder().endpointOverride(URI.create("http://localhost:" + port))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        profile.getProperty("aws_access_key_id"), profile.getProperty("aws_secret_access_key"))))
                .build()) {
            return sts.getCallerIdentity();
        }
    }

    /** The file is an AWS CLI credentials file; its key = value lines read as properties. */
    private static Properties credentials(Path file) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        assertThat(properties.stringPropertyNames()).containsAll(Set.of("aws_access_key_id", "aws_secret_access_key"));
        return properties;
    }
}
