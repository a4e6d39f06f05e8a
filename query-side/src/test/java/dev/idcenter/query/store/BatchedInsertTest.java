package dev.idcenter.query.store;

import dev.idcenter.infra.test.TestDatabase;
import dev.idcenter.infra.test.TestPostgres;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows sent as one text array per column and cast by PostgreSQL: every value must arrive as the value it was, whatever
 * the connection's time zone, and nulls must stay nulls.
 */
class BatchedInsertTest {

    private static final Instant AT = Instant.parse("2026-03-01T23:30:00.123456Z");
    private static TestDatabase database;
    private static SingleConnectionDataSource connection;
    private static JdbcClient jdbc;
    private static BatchedInsert rows;

    @BeforeAll
    static void table() {
        database = TestPostgres.newDatabase();
        connection = new SingleConnectionDataSource(database.jdbcUrl(), database.user(), database.password(), true);
        jdbc = JdbcClient.create(connection);
        jdbc.sql("set time zone 'Pacific/Kiritimati'").update(); // UTC+14: a local time read as UTC is 14 h off
        jdbc.sql("create table item (id varchar(8) primary key, at timestamptz, flag boolean not null, doc jsonb,"
                + " n int)").update();
        rows = new BatchedInsert(jdbc, "item", "id text, at timestamptz, flag boolean, doc jsonb, n int",
                "on conflict (id) do nothing");
    }

    @AfterAll
    static void drop() {
        connection.destroy();
        database.close();
    }

    @Test
    void givenAConnectionFarFromUtc_whenRowsAreWritten_thenEachValueIsTheOneGiven() {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        rows.add("a", AT, true, "{\"k\": [1, \"x,y\"]}", 7);
        rows.add("b", Timestamp.from(AT.plusSeconds(1)), false, null, null);
        rows.add("a", AT.plusSeconds(60), false, null, 8); // redelivered: the first one stays
        assertThat(count()).as("nothing written before the batch commits").isZero();
        batch.commit();

        List<Map<String, Object>> written = jdbc.sql("select id, extract(epoch from at) as epoch, flag,"
                + " doc ->> 'k' as k, n from item order by id").query().listOfRows();
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).containsEntry("id", "a").containsEntry("flag", true)
                .containsEntry("k", "[1, \"x,y\"]").containsEntry("n", 7);
        assertThat(((Number) written.get(0).get("epoch")).doubleValue()).isEqualTo(1772407800.123456);
        assertThat(written.get(1)).containsEntry("id", "b").containsEntry("flag", false)
                .containsEntry("k", null).containsEntry("n", null);
        assertThat(((Number) written.get(1).get("epoch")).doubleValue()).isEqualTo(1772407801.123456);
    }

    @Test
    void givenAColumnWithoutItsType_thenTheStatementIsRefused() {
        assertThatThrownBy(() -> new BatchedInsert(jdbc, "item", "id text, at", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name and a type");
    }

    @Test
    void givenAValueWithoutATextForm_thenTheRowIsRefused() {
        assertThatThrownBy(() -> rows.add("c", AT, true, null, new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    }

    private static long count() {
        return jdbc.sql("select count(*) from item").query(Long.class).single();
    }
}
