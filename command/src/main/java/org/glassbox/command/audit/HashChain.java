package org.glassbox.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain by every event, in the order this tracking processor (one segment) meets
 * them, into the append-only table event_chain. It reads each event's row as stored, so what it
 * fingerprints is the bytes in the database, not what Glassbox makes of them. Never replayed: the
 * chain is history too.
 */
@Component
@ProcessingGroup(HashChain.PROCESSING_GROUP)
@DisallowReplay
public class HashChain {
    static final String PROCESSING_GROUP = "audit-chain";

    private final JdbcTemplate jdbc;

    public HashChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Chains every event not chained yet, in stored order, a thousand links per insert: for a large
     * store met for the first time (the processor must be stopped meanwhile). Answers the links added.
     */
    public long catchUp() {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        var head = jdbc.query("SELECT position, digest FROM event_chain ORDER BY position DESC LIMIT 1",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
        long[] position = {head.isEmpty() ? 0 : (Long) head.get(0)[0]};
        byte[][] previous = {head.isEmpty() ? ChainDigest.GENESIS : (byte[]) head.get(0)[1]};
        java.util.List<Object[]> batch = new java.util.ArrayList<>();
        long start = position[0];
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(status -> streaming.query("SELECT " + ChainDigest.COLUMNS + """
                         FROM domain_event_entry e WHERE NOT EXISTS
                        (SELECT 1 FROM event_chain c WHERE c.event_identifier = e.event_identifier) ORDER BY global_index""",
                        (java.sql.ResultSet row) -> {
                            previous[0] = ChainDigest.next(previous[0], row);
                            batch.add(new Object[] {++position[0], row.getLong("global_index"),
                                    row.getString("event_identifier"), previous[0]});
                            if (batch.size() == 1000) {
                                insert(batch);
                            }
                        }));
        insert(batch);
        return position[0] - start;
    }

    private void insert(java.util.List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO event_chain (position, global_index, event_identifier, digest) VALUES (?, ?, ?, ?)",
                    batch);
            batch.clear();
        }
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        Boolean chained = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM event_chain WHERE event_identifier = ?)",
                Boolean.class, event.getIdentifier());
        if (Boolean.TRUE.equals(chained)) {
            return;
        }
        var head = jdbc.query("SELECT position, digest FROM event_chain ORDER BY position DESC LIMIT 1",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
        long position = head.isEmpty() ? 1 : (Long) head.get(0)[0] + 1;
        byte[] previous = head.isEmpty() ? ChainDigest.GENESIS : (byte[]) head.get(0)[1];
        jdbc.query("SELECT " + ChainDigest.COLUMNS + " FROM domain_event_entry WHERE event_identifier = ?", row -> {
            jdbc.update("INSERT INTO event_chain (position, global_index, event_identifier, digest) VALUES (?, ?, ?, ?)",
                    position, row.getLong("global_index"), row.getString("event_identifier"),
                    ChainDigest.next(previous, row));
        }, event.getIdentifier());
    }
}
