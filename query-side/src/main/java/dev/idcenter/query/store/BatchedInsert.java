package dev.idcenter.query.store;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One insert statement of a projection, whose rows are collected over the event processor's batch and written
 * together when the batch commits, inside its transaction. A processor gets a batch of events per unit of work; a
 * statement per event made the audit log, which gets a row for every call, fall behind under load. Outside a unit of
 * work a row is written at once.
 * <p>
 * The rows travel as one array per column, unnested by PostgreSQL: one statement text whatever the number of rows,
 * which PostgreSQL parses and plans once per connection. A multi-row {@code values} list was a new statement of
 * thousands of parameters for every batch, and cost PostgreSQL about twice the CPU per row (docs/performance.md).
 * Values go as text and are cast to each column's type, so a timestamp is written as the instant it is, whatever
 * the session's time zone.
 * <p>
 * A handler that writes anything else a pending row must precede (an update of that row) calls {@link #flush()} first.
 */
public final class BatchedInsert {

    private static final Pattern COLUMN_SEPARATOR = Pattern.compile("\\s*,\\s*");
    private final JdbcClient jdbc;
    private final String sql;
    private final int columns;
    private final String resourceKey;

    /**
     * @param table      {@code query.t}
     * @param columns    each column's name and type, as in a table definition: {@code a text, b timestamptz, c jsonb}
     * @param onConflict what follows the rows, {@code on conflict (a) do nothing} (may be empty)
     */
    public BatchedInsert(JdbcClient jdbc, String table, String columns, String onConflict) {
        List<String[]> definitions = COLUMN_SEPARATOR.splitAsStream(columns.strip())
                .map(column -> column.split("\\s+", 2))
                .toList();
        if (definitions.stream().anyMatch(definition -> definition.length != 2)) {
            throw new IllegalArgumentException("every column needs a name and a type: " + columns);
        }
        this.jdbc = jdbc;
        this.columns = definitions.size();
        this.sql = "insert into " + table + " ("
                + String.join(", ", definitions.stream().map(definition -> definition[0]).toList())
                + ") select * from unnest("
                + String.join(", ", definitions.stream().map(d -> "cast(? as " + d[1] + "[])").toList())
                + ") " + Objects.requireNonNullElse(onConflict, "");
        this.resourceKey = BatchedInsert.class.getName() + "/" + table;
    }

    /** Adds a row, one value per column: a string, a number, a boolean, an {@link Instant} or a {@link Timestamp}. */
    public void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        String[] row = Arrays.stream(values).map(BatchedInsert::text).toArray(String[]::new);
        if (!CurrentUnitOfWork.isStarted()) {
            write(Collections.singletonList(row));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.getOrComputeResource(resourceKey, key -> {
            List<String[]> rows = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> writeAndClear(rows));
            return rows;
        }).add(row);
    }

    /** Writes the rows collected so far in this unit of work. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            List<String[]> rows = CurrentUnitOfWork.get().root().getResource(resourceKey);
            if (rows != null) {
                writeAndClear(rows);
            }
        }
    }

    private void writeAndClear(List<String[]> rows) {
        if (!rows.isEmpty()) {
            write(rows);
        }
        rows.clear();
    }

    private void write(List<String[]> rows) {
        List<Object> arrays = new ArrayList<>(columns);
        for (int column = 0; column < columns; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = rows.get(row)[column];
            }
            arrays.add(new SqlArrayValue("text", (Object[]) values));
        }
        jdbc.sql(sql).params(arrays).update();
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Instant || value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        throw new IllegalArgumentException("no text form for " + value.getClass().getName());
    }
}
