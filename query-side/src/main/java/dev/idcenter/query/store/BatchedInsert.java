package dev.idcenter.query.store;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One insert statement of a projection, whose rows are collected over the event processor's batch and written as one
 * multi-row insert when the batch commits, inside its transaction. A processor gets a batch of events per unit of work;
 * a statement per event made the audit log, which gets a row for every call, fall behind under load, each statement
 * costing PostgreSQL a round trip, a parse and an execution of its own. Outside a unit of work a row is written at once.
 * <p>
 * A handler that writes anything else a pending row must precede (an update of that row) calls {@link #flush()} first.
 */
public final class BatchedInsert {

    /** PostgreSQL takes at most 65,535 parameters per statement. */
    private static final int MAX_PARAMETERS = 30_000;
    private final JdbcClient jdbc;
    private final String insertInto;
    private final String rowValues;
    private final String onConflict;
    private final int columns;
    private final int maxRows;
    private final String resourceKey;

    /**
     * @param insertInto {@code insert into t (a, b, c)}
     * @param rowValues  one row's values, {@code (?, ?, ?::jsonb)}
     * @param onConflict what follows the values, {@code on conflict (a) do nothing} (may be empty)
     */
    public BatchedInsert(JdbcClient jdbc, String insertInto, String rowValues, String onConflict) {
        this.jdbc = jdbc;
        this.insertInto = insertInto;
        this.rowValues = rowValues;
        this.onConflict = onConflict;
        this.columns = (int) rowValues.chars().filter(c -> c == '?').count();
        this.maxRows = Math.max(1, MAX_PARAMETERS / columns);
        this.resourceKey = BatchedInsert.class.getName() + "/" + insertInto;
    }

    /** Adds a row, one value per {@code ?} of the row's values. */
    public void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            write(Collections.singletonList(values));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        unitOfWork.getOrComputeResource(resourceKey, key -> {
            List<Object[]> rows = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> writeAndClear(rows));
            return rows;
        }).add(values);
    }

    /** Writes the rows collected so far in this unit of work. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Object[]> rows = CurrentUnitOfWork.get().root().getResource(resourceKey);
            if (rows != null) {
                writeAndClear(rows);
            }
        }
    }

    private void writeAndClear(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += maxRows) {
            write(rows.subList(from, Math.min(rows.size(), from + maxRows)));
        }
        rows.clear();
    }

    private void write(List<Object[]> rows) {
        StringBuilder sql = new StringBuilder(insertInto.length() + rows.size() * (rowValues.length() + 2) + 64)
                .append(insertInto).append(" values ");
        Object[] parameters = new Object[rows.size() * columns];
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(rowValues);
            System.arraycopy(rows.get(i), 0, parameters, i * columns, columns);
        }
        sql.append(' ').append(Objects.requireNonNullElse(onConflict, ""));
        jdbc.sql(sql.toString()).params(Arrays.asList(parameters)).update();
    }
}
