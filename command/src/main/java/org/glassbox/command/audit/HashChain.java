package org.glassbox.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
    public static final String PROCESSING_GROUP = "audit-chain";

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

    /**
     * Notes the event; the processor's batch (up to its batch size, one transaction) is chained at once just
     * before it commits: one read of the head, one of the batch's rows and one batch of inserts, not four
     * round trips an event.
     */
    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            chain(java.util.List.of(event.getIdentifier()));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        java.util.List<String> ids = batch.getOrComputeResource(BATCH, key -> {
            java.util.List<String> list = new java.util.ArrayList<>();
            batch.onPrepareCommit(u -> chain(list));
            return list;
        });
        ids.add(event.getIdentifier());
    }

    /** Chains these events, in this order, after the head; those already chained are skipped. */
    void chain(java.util.List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String[] array = ids.toArray(String[]::new);
        java.util.Map<String, Object[]> rows = new java.util.HashMap<>();
        jdbc.query(connection -> {
            var s = connection.prepareStatement("SELECT " + ChainDigest.COLUMNS + ", EXISTS (SELECT 1 FROM event_chain c"
                    + " WHERE c.event_identifier = e.event_identifier) AS chained FROM domain_event_entry e"
                    + " WHERE e.event_identifier = ANY (?)");
            s.setArray(1, connection.createArrayOf("varchar", array));
            return s;
        }, (java.sql.ResultSet row) -> {
            if (!row.getBoolean("chained")) {
                rows.put(row.getString("event_identifier"), new Object[] {row.getLong("global_index"),
                    ChainDigest.row(row)});
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        var head = jdbc.query("SELECT position, digest FROM event_chain ORDER BY position DESC LIMIT 1",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
        long position = head.isEmpty() ? 0 : (Long) head.get(0)[0];
        byte[] previous = head.isEmpty() ? ChainDigest.GENESIS : (byte[]) head.get(0)[1];
        java.util.List<Object[]> links = new java.util.ArrayList<>();
        for (String id : ids) {
            Object[] row = rows.remove(id);
            if (row != null) {
                previous = ChainDigest.next(previous, (ChainDigest.Row) row[1]);
                links.add(new Object[] {++position, row[0], id, previous});
            }
        }
        insert(links);
    }

    private static final String BATCH = HashChain.class.getName() + ".batch";
}
