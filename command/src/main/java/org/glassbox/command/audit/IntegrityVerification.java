package org.glassbox.command.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.glassbox.api.audit.ChainCheckpointSigned;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.IntegrityReport.Finding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the hash chain from the event store and compares it with the stored chain: the first
 * link that differs (a payload, time stamp or any stored byte changed, or the row deleted), events in
 * the store the chain passed over (slipped in afterwards), aggregates that skip a sequence number,
 * payloads that no longer deserialise, and signed checkpoints the recomputed chain no longer meets. Reads both tables as streams, so memory stays flat.
 */
@Component
public class IntegrityVerification {
    private static final int MAX_LISTED = 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Serializer serializer;

    public IntegrityVerification(JdbcTemplate jdbc, TransactionTemplate transactions, Serializer serializer) {
        // Its own template: a fetch size inside a transaction makes PostgreSQL stream rather than load all.
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.transactions = transactions;
        this.serializer = serializer;
    }

    public IntegrityReport run() {
        return transactions.execute(status -> verify());
    }

    private IntegrityReport verify() {
        java.util.Map<Long, List<ChainCheckpointSigned>> checkpoints = new java.util.HashMap<>();
        jdbc.query("""
                SELECT payload, payload_type, payload_revision FROM domain_event_entry
                WHERE payload_type = 'org.glassbox.api.audit.ChainCheckpointSigned'""", (ResultSet rs) -> {
            try {
                ChainCheckpointSigned c = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(1),
                        byte[].class, rs.getString(2), rs.getString(3)));
                checkpoints.computeIfAbsent(c.position(), p -> new ArrayList<>()).add(c);
            } catch (RuntimeException unreadable) {
                // reported with the other undeserialisable payloads below
            }
        });
        List<String> checkpointProblems = new ArrayList<>();
        int[] checkpointsChecked = {0};
        long[] counts = new long[2];
        byte[][] recomputed = {ChainDigest.GENESIS};
        Finding[] firstBreak = {null};
        List<Finding> undeserialisable = new ArrayList<>();
        // The chain in its own order, each link beside the row it fingerprinted (if that row still exists).
        jdbc.query("""
                SELECT c.position, c.event_identifier AS chained_id, c.global_index AS chained_index, c.digest,
                    e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp,
                    e.payload_type, e.payload_revision, e.payload, e.meta_data
                FROM event_chain c LEFT JOIN domain_event_entry e ON e.event_identifier = c.event_identifier
                ORDER BY c.position""", (ResultSet rs) -> {
            counts[1]++;
            if (firstBreak[0] != null) {
                return;
            }
            String id = rs.getString("chained_id");
            if (rs.getString("event_identifier") == null) {
                firstBreak[0] = new Finding(rs.getLong("chained_index"), id, null, null,
                        "the chain holds this event but the store no longer does: deleted");
                return;
            }
            counts[0]++;
            byte[] expected = ChainDigest.next(recomputed[0], rs);
            if (!Arrays.equals(expected, rs.getBytes("digest"))) {
                firstBreak[0] = finding(rs, "its stored bytes (payload, metadata, time stamp or identity) no longer "
                        + "match the chain: changed after it was recorded");
                return;
            }
            recomputed[0] = expected;
            for (ChainCheckpointSigned checkpoint : checkpoints.getOrDefault(rs.getLong("position"), List.of())) {
                checkpointsChecked[0]++;
                if (!org.glassbox.api.audit.SigningKeyIds.of(checkpoint.publicKey()).equals(checkpoint.keyId())) {
                    checkpointProblems.add("checkpoint " + checkpoint.checkpointId() + " at position "
                            + checkpoint.position() + ": names key " + checkpoint.keyId() + " but carries another");
                } else if (!ChainSigner.verifies(checkpoint.message(), checkpoint.signature(), checkpoint.publicKey())) {
                    checkpointProblems.add("checkpoint " + checkpoint.checkpointId() + " at position "
                            + checkpoint.position() + ": the signature does not verify");
                } else if (!checkpoint.digest().equals(HexFormat.of().formatHex(expected))) {
                    checkpointProblems.add("checkpoint " + checkpoint.checkpointId() + " at position "
                            + checkpoint.position() + " signed " + checkpoint.digest() + ", the chain now has "
                            + HexFormat.of().formatHex(expected));
                }
            }
            if (undeserialisable.size() < MAX_LISTED && !deserialises(rs)) {
                undeserialisable.add(finding(rs, "its payload no longer deserialises as " + rs.getString("payload_type")));
            }
        });
        Long chainedUpTo = jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class);
        List<Finding> notInChain = jdbc.query("""
                SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number
                FROM domain_event_entry e
                WHERE e.global_index < ? AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_identifier = e.event_identifier)
                ORDER BY e.global_index LIMIT ?""", (rs, n) -> new Finding(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), "in the store but passed over by the chain: slipped in afterwards"),
                chainedUpTo == null ? Long.MIN_VALUE : chainedUpTo, MAX_LISTED);
        Long notYetChained = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE global_index > ?""", Long.class,
                chainedUpTo == null ? Long.MIN_VALUE : chainedUpTo);
        List<Finding> gaps = jdbc.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, expected FROM (
                    SELECT global_index, event_identifier, aggregate_identifier, sequence_number,
                        row_number() OVER (PARTITION BY aggregate_identifier ORDER BY sequence_number) - 1 AS expected
                    FROM domain_event_entry) s
                WHERE sequence_number <> expected ORDER BY global_index LIMIT ?""",
                (rs, n) -> new Finding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        "aggregate " + rs.getString(3) + " has no event at sequence " + rs.getLong(5)),
                MAX_LISTED);
        boolean intact = firstBreak[0] == null && notInChain.isEmpty() && gaps.isEmpty() && undeserialisable.isEmpty()
                && checkpointProblems.isEmpty();
        return new IntegrityReport(counts[0], counts[1], HexFormat.of().formatHex(recomputed[0]), intact,
                firstBreak[0], notInChain, gaps, undeserialisable, notYetChained == null ? 0 : notYetChained,
                checkpointsChecked[0], checkpointProblems);
    }

    private boolean deserialises(ResultSet rs) throws SQLException {
        try {
            serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes("payload"), byte[].class,
                    rs.getString("payload_type"), rs.getString("payload_revision")));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Finding finding(ResultSet rs, String problem) throws SQLException {
        return new Finding(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), problem);
    }
}
