package org.glassbox.query.shared;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read-model row that records the aggregate sequence of the last event applied to it. An update
 * applies only to an older row, so an event handled twice (a retried batch, a replay) changes nothing.
 */
public final class VersionedRow {
    private final JdbcTemplate jdbc;
    private final String table;
    private final String keyColumn;

    public VersionedRow(JdbcTemplate jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** Runs {@code UPDATE table SET <set>, version = seq WHERE key = ? AND version < seq}; answers the row count. */
    public int update(String key, long seq, String set, Object... args) {
        Object[] all = new Object[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = seq;
        all[args.length + 1] = key;
        all[args.length + 2] = seq;
        return jdbc.update("UPDATE " + table + " SET " + set + ", version = ? WHERE " + keyColumn + " = ? AND version < ?",
                all);
    }
}
