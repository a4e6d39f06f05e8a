package dev.idcenter.infra.test;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * A real PostgreSQL server for tests, and a fresh database per caller that is dropped again on {@link
 * TestDatabase#close()}.
 * <ul>
 *     <li>{@code IDC_TEST_POSTGRES_URL} (a JDBC URL of an administrative database, with {@code
 *     IDC_TEST_POSTGRES_USER} / {@code IDC_TEST_POSTGRES_PASSWORD}) when set;</li>
 *     <li>else a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *     <li>else the machine's PostgreSQL at 127.0.0.1:5432 (trust authentication).</li>
 * </ul>
 */
public final class TestPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
    private static Server server;

    private TestPostgres() {
    }

    /** A new, empty database on the run's PostgreSQL server. */
    public static TestDatabase newDatabase() {
        Server s = server();
        String name = "idc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        s.execute("CREATE DATABASE " + name);
        return new TestDatabase(s.urlOf(name), s.user, s.password, () -> s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static synchronized Server server() {
        if (server == null) {
            ServiceSource source = ServiceSource.choose("IDC_TEST_POSTGRES_URL");
            server = switch (source) {
                case ENVIRONMENT -> new Server(System.getenv("IDC_TEST_POSTGRES_URL"),
                        envOr("IDC_TEST_POSTGRES_USER", "postgres"), envOr("IDC_TEST_POSTGRES_PASSWORD", ""));
                case TESTCONTAINERS -> {
                    var container = new PostgreSQLContainer<>("postgres:15");
                    container.start();
                    yield new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
                }
                case LOCAL -> new Server("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
            };
            LOG.info("Tests use PostgreSQL at {} ({})", server.adminUrl, source);
        }
        return server;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private record Server(String adminUrl, String user, String password) {

        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password)) {
                c.createStatement().execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for tests is not usable at " + adminUrl
                        + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): "
                        + e.getMessage(), e);
            }
        }
    }
}
