package dev.idcenter.server;

import dev.idcenter.command.api.OperationRegistry;
import dev.idcenter.protocol.ApiCoverage;
import dev.idcenter.protocol.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/api-coverage.md} is generated from the operation registry of the running server; this test fails when
 * it is stale. Regenerate with {@code ./mvnw -B verify -pl server -am -Dit.test=ApiCoverageIT -Didc.write-coverage=true}
 * (or any full build with that property).
 */
class ApiCoverageIT extends ServerTestSupport {

    private static final Path COVERAGE = Path.of("..", "docs", "api-coverage.md");

    @Autowired
    ServiceRegistry services;
    @Autowired
    OperationRegistry operations;

    @Test
    void givenImplementedOperations_whenCoverageGenerated_thenDocsAreCurrent() throws Exception {
        String expected = ApiCoverage.markdown(services, operations.implementedActions());
        if (Boolean.getBoolean("idc.write-coverage")) {
            Files.writeString(COVERAGE, expected);
        }
        assertThat(COVERAGE).as("docs/api-coverage.md is stale: regenerate it (see this test's Javadoc)").exists();
        assertThat(Files.readString(COVERAGE)).isEqualTo(expected);
        assertThat(expected).contains("sts:GetCallerIdentity");
    }
}
