package dev.idcenter.query.store;

import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The query side's read models live in PostgreSQL schema {@code query}, with their own Flyway history, so the query
 * side can run against its own database when it runs as a separate process.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySchemaConfiguration {

    @Bean
    public QuerySchemaMigration querySchemaMigration(DataSource dataSource) {
        return new QuerySchemaMigration(dataSource);
    }

    /** Runs the query side's migrations when created. */
    public static final class QuerySchemaMigration {
        QuerySchemaMigration(DataSource dataSource) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas("query")
                    .locations("classpath:db/query")
                    .load()
                    .migrate();
        }
    }
}
