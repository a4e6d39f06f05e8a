package dev.idcenter.server.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The embedded default: a real PostgreSQL server started from a jar, its data under {@code <data dir>/postgres}, kept
 * across restarts. The {@code postgres} profile replaces it with a configured server.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(@Value("${idc.data-dir:./data}") Path dataDir) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres").toAbsolutePath())
                .setCleanDataDirectory(false)
                // zonky's defaults are for throw-away test databases; this one holds the event store.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    @Bean
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(16);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
