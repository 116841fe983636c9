package org.glassbox.query.audit;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.glassbox.api.audit.FindCaseStateAsOf;
import org.glassbox.command.audit.AuditExport;
import org.glassbox.command.audit.HashChain;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one case costs as the store grows: the demo GPS case (its evidence, freezes, analyses and notices)
 * copied into a store of its own, which is then filled with other cases' events to two sizes
 * (bench.case-cost-small, default 100,000, and bench.case-cost-large, 2,000,000 events); at each the
 * auditor's replay of the case, the export of that one case and its timeline are timed (median of 15),
 * and the ratio between the two sizes printed (the goal: at most 1.5). Runs only with
 * {@code ./mvnw -Pbench verify}; appends to ui/target/bench-report.txt.
 */
class CaseCostBenchmark extends IntegrationTest {
    private static final long SMALL = Long.getLong("bench.case-cost-small", 100_000);
    private static final long LARGE = Long.getLong("bench.case-cost-large", 2_000_000);

    @Autowired
    org.axonframework.serialization.Serializer serializer;
    @Autowired
    org.glassbox.command.audit.ChainSigner signer;

    @Test
    void measureOneCaseAtTwoStoreSizes() throws Exception {
        String caseId = jdbc.queryForObject("SELECT case_id FROM case_view WHERE summary LIKE 'About 70M GPS sold%'",
                String.class);
        var dataSource = org.glassbox.ui.support.ThrowawayDatabase.migratedScratch("glassbox_bench_case_cost");
        JdbcTemplate store = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));

        // The case's events as stored (the index is written by the scratch store's own trigger), chained.
        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                    payload_revision, payload, meta_data FROM domain_event_entry
                WHERE global_index IN (SELECT global_index FROM case_event WHERE case_id = ?) ORDER BY global_index""",
                caseId);
        for (Map<String, Object> e : events) {
            store.update("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    e.get("event_identifier"), e.get("aggregate_identifier"), e.get("sequence_number"), e.get("type"),
                    e.get("time_stamp"), e.get("payload_type"), e.get("payload_revision"), e.get("payload"),
                    e.get("meta_data"));
        }
        for (Map<String, Object> t : jdbc.queryForList("SELECT * FROM case_timeline_entry WHERE case_id = ?", caseId)) {
            store.update("INSERT INTO case_timeline_entry (event_id, case_id, sequence, occurred_at, event_type, actor,"
                    + " actor_roles, description, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t.get("event_id"),
                    t.get("case_id"), t.get("sequence"), t.get("occurred_at"), t.get("event_type"), t.get("actor"),
                    t.get("actor_roles"), t.get("description"), t.get("reason"));
        }
        new HashChain(store).catchUp();
        CaseReplay replay = new CaseReplay(store, serializer);
        AuditExport export = new AuditExport(store, transactions, signer);
        JdbcTemplate timeline = store;

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("11. One case (the demo GPS case, %d events of its own) as the store grows".formatted(events.size()));
        double[][] at = new double[2][];
        long[] sizes = {SMALL, LARGE};
        for (int s = 0; s < 2; s++) {
            long have = store.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            fill(store, caseId, have, sizes[s] - have);
            at[s] = new double[] {
                median(() -> replay.handle(new FindCaseStateAsOf(caseId, null, null)).orElseThrow()),
                median(() -> export.write(OutputStream.nullOutputStream(), caseId, null, null, n -> { })),
                median(() -> timeline.queryForList("SELECT event_id, sequence, occurred_at, event_type, actor,"
                        + " actor_roles, description, reason FROM case_timeline_entry WHERE case_id = ? ORDER BY sequence",
                        caseId))};
            lines.add("   store of %,d events: replay %.1f ms, one-case export %.1f ms, timeline %.2f ms".formatted(
                    sizes[s], at[s][0], at[s][1], at[s][2]));
        }
        lines.add("   ratio %,d to %,d events (goal at most 1.5): replay %.2f, export %.2f, timeline %.2f".formatted(
                LARGE, SMALL, at[1][0] / at[0][0], at[1][1] / at[0][1], at[1][2] / at[0][2]));
        System.out.println(String.join("\n", lines));
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", lines) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Other cases' events: the GPS case's own, under other case ids, and their timeline rows. */
    private static void fill(JdbcTemplate store, String caseId, long from, long count) {
        store.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data)
                SELECT 'fill-' || k, 'other-' || (k / 50), k % 50, type, time_stamp, payload_type, payload_revision,
                    convert_to(replace(convert_from(payload, 'UTF8'), ?, 'other-' || (k / 50)), 'UTF8'), meta_data
                FROM (SELECT ? + g AS k, e.* FROM generate_series(1, ?) g
                      JOIN (SELECT row_number() OVER (ORDER BY global_index) - 1 AS n, count(*) OVER () AS total, type,
                                time_stamp, payload_type, payload_revision, payload, meta_data
                            FROM domain_event_entry WHERE aggregate_identifier = ?) e
                      ON e.n = g % e.total) f""", caseId, from, count, caseId);
        store.update("""
                INSERT INTO case_timeline_entry (event_id, case_id, sequence, occurred_at, event_type, actor, actor_roles,
                    description, reason)
                SELECT 'fill-' || (? + g), 'other-' || ((? + g) / 50), (? + g) % 50, now(), 'CaseNoteAdded', 'bench',
                    'INVESTIGATOR', 'added a note', NULL FROM generate_series(1, ?) g""", from, from, from, count);
        store.execute("ANALYZE");
    }

    private static double median(Runnable work) {
        double[] ms = new double[15];
        work.run();
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
