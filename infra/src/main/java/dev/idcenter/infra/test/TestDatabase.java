package dev.idcenter.infra.test;

/** A database created for one test class; closing it drops it. */
public final class TestDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Runnable drop;

    TestDatabase(String jdbcUrl, String user, String password, Runnable drop) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        drop.run();
    }
}
