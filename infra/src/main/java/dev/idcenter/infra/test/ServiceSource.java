package dev.idcenter.infra.test;

import org.testcontainers.DockerClientFactory;

/**
 * Where a test run gets a real service from, chosen once per run and in this order: an address the environment
 * provides, else a Testcontainers container when a Docker engine answers, else the local or embedded real service.
 * There is no fourth choice: a test never silently skips for want of Docker.
 */
public enum ServiceSource {
    ENVIRONMENT, TESTCONTAINERS, LOCAL;

    static ServiceSource choose(String environmentVariable) {
        String provided = System.getenv(environmentVariable);
        if (provided != null && !provided.isBlank()) {
            return ENVIRONMENT;
        }
        return dockerAvailable() ? TESTCONTAINERS : LOCAL;
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("IDC_TEST_USE_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError notAvailable) {
            return false;
        }
    }
}
