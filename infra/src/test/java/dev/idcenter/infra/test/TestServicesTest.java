package dev.idcenter.infra.test;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestServicesTest {

    @Test
    void givenNoDocker_whenDatabaseRequested_thenRealPostgresDatabaseIsCreatedAndDroppedAfterUse() throws Exception {
        String url;
        try (TestDatabase db = TestPostgres.newDatabase();
             var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            url = db.jdbcUrl();
            var rs = c.createStatement().executeQuery("select current_database(), version()");
            rs.next();
            assertThat(db.jdbcUrl()).endsWith(rs.getString(1));
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .hasMessageContaining("does not exist");
    }

    @Test
    void givenNoDocker_whenKafkaRequested_thenARealBrokerAnswers() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
