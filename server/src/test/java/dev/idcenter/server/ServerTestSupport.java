package dev.idcenter.server;

import dev.idcenter.infra.test.TestDatabase;
import dev.idcenter.infra.test.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server on a random port against a real PostgreSQL database of its own, called over HTTP by the real AWS
 * SDK. Subclasses share one application context (Spring caches it), so the server starts once per test run.
 */
public abstract class ServerTestSupport extends ServerClientSupport {

    protected static final TestDatabase DATABASE = TestPostgres.newDatabase();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::close, "drop-test-database"));
    }

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        serverProperties(registry, DATABASE);
    }
}
