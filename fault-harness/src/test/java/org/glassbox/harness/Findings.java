package org.glassbox.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.glassbox.simulator.ExchangeAccountSimulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the harness checks after a run, straight from the database and the stores (never from what the
 * application says about itself, except where the application's own verifier is what is proven).
 */
final class Findings {
    private final HarnessDatabase db;

    Findings(HarnessDatabase db) {
        this.db = db;
    }

    /** Acknowledged commands whose event is not in the event store. */
    List<Ledger.Acknowledged> lost(Ledger ledger) throws SQLException {
        List<Ledger.Acknowledged> lost = new ArrayList<>();
        for (Ledger.Acknowledged ack : ledger.acknowledged) {
            if (eventsOf(ack.aggregateId(), ack.eventType()) == 0) {
                lost.add(ack);
            }
        }
        return lost;
    }

    long events() throws SQLException {
        return single("SELECT count(*) FROM domain_event_entry");
    }

    long single(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> payloadField(String eventType, String field) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> ? FROM domain_event_entry WHERE payload_type LIKE ?""")) {
            q.setString(1, field);
            q.setString(2, "%." + eventType);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** Case references (GBX-year-number): unique, and per year exactly 1..n. Answers how many were checked. */
    int assertCaseReferencesUniqueAndGapFree() throws SQLException {
        return assertNumberedOneToN("case", payloadField("CaseFlagged", "reference"), reference -> {
            String[] parts = reference.split("-");
            return Map.entry(parts[1], Integer.parseInt(parts[2]));
        });
    }

    /** Notice references (case reference-Nnumber): unique, and per case exactly N1..Nn. */
    int assertNoticeReferencesUniqueAndGapFree() throws SQLException {
        return assertNumberedOneToN("notice", payloadField("DisclosurePublished", "noticeReference"), reference -> {
            int n = reference.lastIndexOf("-N");
            return Map.entry(reference.substring(0, n), Integer.parseInt(reference.substring(n + 2)));
        });
    }

    /** References, each split into its series and number: unique, and each series numbered 1..n. */
    private static int assertNumberedOneToN(String what, List<String> references,
            java.util.function.Function<String, Map.Entry<String, Integer>> split) {
        assertThat(new HashSet<>(references)).as(what + " references are unique").hasSameSizeAs(references);
        Map<String, List<Integer>> bySeries = new TreeMap<>();
        for (String reference : references) {
            Map.Entry<String, Integer> numbered = split.apply(reference);
            bySeries.computeIfAbsent(numbered.getKey(), k -> new ArrayList<>()).add(numbered.getValue());
        }
        bySeries.forEach((series, numbers) -> {
            numbers.sort(null);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("%s reference %d of %s (no gap)", what, i + 1, series).isEqualTo(i + 1);
            }
        });
        return references.size();
    }

    long eventsOf(String aggregateId, String eventType) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""")) {
            q.setString(1, aggregateId);
            q.setString(2, "%." + eventType);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<String> aggregatesWith(String eventType) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE payload_type LIKE ?")) {
            q.setString(1, "%." + eventType);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Every approved freeze was carried out exactly once (one execution event, one change at the account
     * system however often it was sent), every other one never. Answers {approved, sends}.
     */
    long[] assertEachApprovedFreezeExecutedOnce(ExchangeAccountSimulator exchange, Duration within) throws Exception {
        List<String> approved = aggregatesWith("AccountFreezeApproved");
        await("every approved freeze is executed", within, () -> {
            try {
                for (String freeze : approved) {
                    if (eventsOf(freeze, "AccountFreezeExecuted") == 0) {
                        return false;
                    }
                }
                return true;
            } catch (SQLException e) {
                return false;
            }
        });
        long sends = 0;
        for (String freeze : approved) {
            assertThat(eventsOf(freeze, "AccountFreezeExecuted")).as("executions of freeze " + freeze).isEqualTo(1);
            assertThat(exchange.applied(freeze)).as("account changes for freeze " + freeze).isEqualTo(1);
            sends += exchange.received(freeze);
        }
        for (String freeze : aggregatesWith("AccountFreezeRequested")) {
            if (!approved.contains(freeze)) {
                assertThat(exchange.received(freeze)).as("freeze " + freeze + " was never approved").isZero();
            }
        }
        return new long[] {approved.size(), sends};
    }

    /**
     * Every file in the evidence directory is a whole blob (its bytes hash to its name) that an event refers
     * to, or is listed by the orphan sweep; answers {blobs, orphans reported}.
     */
    int[] assertEvidenceStoreAccountedFor(Path evidence, Api api) throws Exception {
        JsonNode report = api.get("admin", "/api/v1/admin/evidence/orphans").json();
        Set<String> reported = new HashSet<>();
        report.get("orphans").forEach(o -> reported.add(o.get("name").asText()));
        Set<String> referenced = new HashSet<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT DISTINCT m[1] FROM domain_event_entry,
                    regexp_matches(convert_from(payload, 'UTF8'), '"local:([0-9a-f]{64})"', 'g') AS m""")) {
            while (rs.next()) {
                referenced.add(rs.getString(1));
            }
        }
        int blobs = 0;
        try (var files = Files.walk(evidence)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = evidence.relativize(file).toString();
                String fileName = file.getFileName().toString();
                if (referenced.contains(fileName)) {
                    assertThat(sha256(file)).as("the bytes of " + name + " are whole").isEqualTo(fileName);
                    blobs++;
                } else {
                    assertThat(reported).as(name + " is referenced by no event, so the sweep must report it")
                            .contains(name);
                }
            }
        }
        for (String digest : referenced) {
            Path file = evidence.resolve(digest.substring(0, 2)).resolve(digest.substring(2, 4)).resolve(digest);
            assertThat(file).as("a recorded blob is in the store").exists();
        }
        return new int[] {blobs, reported.size()};
    }

    /** The application's connections are all its own role, and that role cannot rewrite the record. */
    void assertAppRoleCannotRewriteTheRecord() throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            List<String> roles = new ArrayList<>();
            while (rs.next()) {
                roles.add(rs.getString(1));
            }
            assertThat(roles).as("roles connected to the database").containsExactly(db.app);
        }
        try (Connection c = db.connectAsApp()) {
            for (String table : List.of("domain_event_entry", "event_chain")) {
                for (String change : List.of("UPDATE " + table + " SET global_index = global_index",
                        "DELETE FROM " + table, "TRUNCATE " + table)) {
                    try {
                        c.createStatement().execute(change);
                        throw new AssertionError("The application's role may: " + change);
                    } catch (SQLException refused) {
                        assertThat(refused.getMessage()).as(change).contains("permission denied for table " + table);
                    }
                }
            }
        }
    }

    /** Runs of a recurring job, in order: {node, started, finished}. */
    record Run(String node, Instant started, Instant finished) {
    }

    List<Run> runs(String task) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT node, started_at, finished_at FROM scheduled_run WHERE task = ? ORDER BY started_at")) {
            q.setString(1, task);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp(3);
                    runs.add(new Run(rs.getString(1), rs.getTimestamp(2).toInstant(),
                            finished == null ? null : finished.toInstant()));
                }
            }
        }
        return runs;
    }

    /** No run of the job began before the one before it ended: once per period across the cluster. */
    static int overlaps(List<Run> runs) {
        int overlaps = 0;
        for (int i = 1; i < runs.size(); i++) {
            Instant previousEnd = runs.get(i - 1).finished();
            if (previousEnd == null || runs.get(i).started().isBefore(previousEnd)) {
                overlaps++;
            }
        }
        return overlaps;
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + within + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    /** The application's own verifiers: the chain recomputed, every read model rebuilt and compared. */
    static void assertChainIntactAndProjectionsEqual(Api api) throws InterruptedException {
        Api.Reply chain = api.post("auditor", "/api/v1/audit/verify", null);
        assertThat(chain.status()).as(chain.body()).isEqualTo(200);
        assertThat(chain.json().get("intact").asBoolean()).as("chain: " + chain.body()).isTrue();
        // The projection audit compares the read models with a rebuild at one position of the stream; wait for
        // the processors to reach the head first, then accept only an audit that found every table equal.
        Api.Reply audit = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            audit = api.post("auditor", "/api/v1/audit/projections", null);
            assertThat(audit.status()).as(audit.body()).isEqualTo(200);
            boolean equal = true;
            for (JsonNode table : audit.json().get("tables")) {
                equal &= table.get("live").asText().equals(table.get("rebuilt").asText());
            }
            if (equal && !audit.json().get("liveMovedOn").asBoolean()) {
                System.out.printf("Chain: %s events, intact. Projections: %d tables equal to their rebuild%n",
                        chain.json().get("eventsChecked"), audit.json().get("tables").size());
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("A read model differs from its rebuild: " + audit.body());
    }
}
