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
class HashChain {
    static final String PROCESSING_GROUP = "audit-chain";

    private final JdbcTemplate jdbc;

    HashChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
