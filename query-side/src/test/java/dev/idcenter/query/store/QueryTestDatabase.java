package dev.idcenter.query.store;

import dev.idcenter.infra.test.TestDatabase;
import dev.idcenter.infra.test.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A new database on the test PostgreSQL with the query schema migrated; closing it drops it. */
public final class QueryTestDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final JdbcClient jdbc;

    private QueryTestDatabase(TestDatabase database, JdbcClient jdbc) {
        this.database = database;
        this.jdbc = jdbc;
    }

    public static QueryTestDatabase migrated() {
        TestDatabase database = TestPostgres.newDatabase();
        var dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password());
        Flyway.configure().dataSource(dataSource).schemas("query").locations("classpath:db/query").load().migrate();
        return new QueryTestDatabase(database, JdbcClient.create(dataSource));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        database.close();
    }
}
