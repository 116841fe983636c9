package org.glassbox.command.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
        Long chainedUpTo = jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class);
        long upTo = chainedUpTo == null ? Long.MIN_VALUE : chainedUpTo;
        // Three jobs at once on two cores (profile in docs/performance.md): this thread streams the chain
        // beside the rows it fingerprinted while the database produces them, another recomputes the links,
        // and the gap check, which needs no order, runs meanwhile on a connection of its own.
        // Each run holds two connections meanwhile (this one and the gap search's).
        ExecutorService helpers = Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("integrity-verification-", 0).daemon().factory());
        try {
            CompletableFuture<List<Finding>> gaps = CompletableFuture.supplyAsync(this::gaps, helpers);
            BlockingQueue<Link> links = new ArrayBlockingQueue<>(2_000);
            ChainCheck check = new ChainCheck(checkpoints, links);
            Future<?> checking = helpers.submit(check::run);
            long[] linkedRows = {0};
            jdbc.query("""
                    SELECT c.position, c.event_identifier AS chained_id, c.global_index AS chained_index, c.digest,
                        e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,
                        e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
                    FROM event_chain c LEFT JOIN domain_event_entry e ON e.event_identifier = c.event_identifier
                    ORDER BY c.position""", (ResultSet rs) -> {
                Link link = Link.of(rs);
                // The chain grows while it is checked: links beyond upTo do not count against the stored rows.
                linkedRows[0] += link.row() != null && link.row().globalIndex() <= upTo ? 1 : 0;
                hand(links, link, checking);
            });
            hand(links, Link.END, checking);
            await(checking);
            Long notYetChained = jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry WHERE global_index > ?""", Long.class, upTo);
            // Each counted link names a distinct stored event at or below upTo (both ids unique): if as many
            // events are stored there as links found theirs, none was passed over, and the search is spared.
            Long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?",
                    Long.class, upTo);
            List<Finding> missing = stored != null && stored == linkedRows[0] ? List.of() : notInChain(upTo);
            List<Finding> skipped = gaps.join();
            boolean intact = check.firstBreak == null && missing.isEmpty() && skipped.isEmpty()
                    && check.undeserialisable.isEmpty() && check.checkpointProblems.isEmpty();
            return new IntegrityReport(check.checked, check.links, HexFormat.of().formatHex(check.recomputed), intact,
                    check.firstBreak, missing, skipped, check.undeserialisable,
                    notYetChained == null ? 0 : notYetChained, check.checkpointsChecked, check.checkpointProblems);
        } finally {
            // Also when the stream failed half-way: the checker waiting for the next link is interrupted.
            helpers.shutdownNow();
        }
    }

    private List<Finding> notInChain(long upTo) {
        return jdbc.query("""
                SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number
                FROM domain_event_entry e
                WHERE e.global_index < ? AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_identifier = e.event_identifier)
                ORDER BY e.global_index LIMIT ?""", (rs, n) -> new Finding(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), "in the store but passed over by the chain: slipped in afterwards"),
                upTo, MAX_LISTED);
    }

    private List<Finding> gaps() {
        return jdbc.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, expected FROM (
                    SELECT global_index, event_identifier, aggregate_identifier, sequence_number,
                        row_number() OVER (PARTITION BY aggregate_identifier ORDER BY sequence_number) - 1 AS expected
                    FROM domain_event_entry) s
                WHERE sequence_number <> expected ORDER BY global_index LIMIT ?""",
                (rs, n) -> new Finding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        "aggregate " + rs.getString(3) + " has no event at sequence " + rs.getLong(5)),
                MAX_LISTED);
    }

    /** Waits for room on the queue, unless the checker has stopped (its failure is then rethrown). */
    private static void hand(BlockingQueue<Link> links, Link link, Future<?> checking) {
        try {
            while (!links.offer(link, 100, TimeUnit.MILLISECONDS)) {
                if (checking.isDone()) {
                    await(checking);
                    throw new IllegalStateException("the chain check stopped before the end of the chain");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(Future<?> checking) {
        try {
            checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One link of the stored chain beside the row it fingerprinted; row is null if the row is gone. */
    private record Link(long position, String chainedId, long chainedIndex, byte[] digest, ChainDigest.Row row) {
        static final Link END = new Link(-1, null, -1, null, null);

        static Link of(ResultSet rs) throws SQLException {
            return new Link(rs.getLong("position"), rs.getString("chained_id"), rs.getLong("chained_index"),
                    rs.getBytes("digest"), rs.getString("event_identifier") == null ? null : ChainDigest.row(rs));
        }
    }

    /** Recomputes the chain link by link, in the chain's order, on its own thread. */
    private final class ChainCheck {
        private final java.util.Map<Long, List<ChainCheckpointSigned>> checkpoints;
        private final BlockingQueue<Link> queue;
        final List<String> checkpointProblems = new ArrayList<>();
        final List<Finding> undeserialisable = new ArrayList<>();
        int checkpointsChecked;
        long checked;
        long links;
        byte[] recomputed = ChainDigest.GENESIS;
        Finding firstBreak;

        ChainCheck(java.util.Map<Long, List<ChainCheckpointSigned>> checkpoints, BlockingQueue<Link> queue) {
            this.checkpoints = checkpoints;
            this.queue = queue;
        }

        void run() {
            try {
                for (Link link = queue.take(); link != Link.END; link = queue.take()) {
                    check(link);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void check(Link link) {
            links++;
            if (firstBreak != null) {
                return;
            }
            ChainDigest.Row row = link.row();
            if (row == null) {
                firstBreak = new Finding(link.chainedIndex(), link.chainedId(), null, null,
                        "the chain holds this event but the store no longer does: deleted");
                return;
            }
            checked++;
            byte[] expected = ChainDigest.next(recomputed, row);
            if (!Arrays.equals(expected, link.digest())) {
                firstBreak = finding(row, "its stored bytes (payload, metadata, time stamp or identity) no longer "
                        + "match the chain: changed after it was recorded");
                return;
            }
            recomputed = expected;
            for (ChainCheckpointSigned checkpoint : checkpoints.getOrDefault(link.position(), List.of())) {
                checkpointsChecked++;
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
            if (undeserialisable.size() < MAX_LISTED && !deserialises(row)) {
                undeserialisable.add(finding(row, "its payload no longer deserialises as " + row.payloadType()));
            }
        }
    }

    private boolean deserialises(ChainDigest.Row row) {
        try {
            serializer.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, row.payloadType(),
                    row.payloadRevision()));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Finding finding(ChainDigest.Row row, String problem) {
        return new Finding(row.globalIndex(), row.eventIdentifier(), row.aggregateIdentifier(), row.sequence(), problem);
    }
}
