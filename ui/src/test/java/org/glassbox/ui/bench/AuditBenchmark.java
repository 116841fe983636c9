package org.glassbox.ui.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.command.audit.AuditExport;
import org.glassbox.command.audit.HashChain;
import org.glassbox.command.audit.IntegrityVerification;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chain verification and export over a large event store (bench.audit-events, default 1,000,000
 * stored events), each beside the ceiling: a plain sequential read of the event table in the same run.
 * Runs only with {@code ./mvnw -Pbench verify}; appends to ui/target/bench-report.txt.
 */
class AuditBenchmark extends IntegrationTest {
    private static final long EVENTS = Long.getLong("bench.audit-events", 1_000_000);

    @Autowired
    org.axonframework.serialization.Serializer serializer;
    @Autowired
    org.glassbox.command.audit.ChainSigner signer;
    @Autowired
    org.glassbox.query.projections.ProjectionRebuild projections;

    @Test
    void measureVerificationAndExport() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        // A store of its own: the application's processors must not chew through a million bench events.
        var dataSource = org.glassbox.ui.support.ThrowawayDatabase.migratedScratch("glassbox_bench_audit");
        JdbcTemplate store = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
        HashChain chain = new HashChain(store);
        IntegrityVerification verification = new IntegrityVerification(store, transactions, serializer);
        AuditExport export = new AuditExport(store, transactions, signer);

        // The same real event, stored EVENTS times under fresh aggregates: realistic rows, cheap to make.
        String caseId = caseUnderInvestigation(FreezeFixtures.account());
        var sample = jdbc.queryForMap("""
                SELECT type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", caseId);
        store.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data)
                SELECT 'bench-' || g, 'bench-agg-' || g, 0, ?, ?, ?, ?, ?, ? FROM generate_series(1, ?) g""",
                sample.get("type"), sample.get("time_stamp"), sample.get("payload_type"), sample.get("payload_revision"),
                sample.get("payload"), sample.get("meta_data"), EVENTS);
        long chainStart = System.nanoTime();
        long chained = chain.catchUp();
        double chainSeconds = (System.nanoTime() - chainStart) / 1e9;
        JdbcTemplate jdbc = store;

        long total = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        long[] readBytes = {0};
        long readStart = System.nanoTime();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        transactions.executeWithoutResult(status -> streaming.query("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                    payload_type, payload_revision, payload, meta_data FROM domain_event_entry ORDER BY global_index""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    byte[] meta = rs.getBytes("meta_data");
                    readBytes[0] += rs.getBytes("payload").length + (meta == null ? 0 : meta.length);
                }));
        double readSeconds = (System.nanoTime() - readStart) / 1e9;

        long verifyStart = System.nanoTime();
        IntegrityReport report = verification.run();
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        if (!report.intact()) {
            throw new AssertionError("the benchmark store does not verify: " + report);
        }

        long[] exported = {0};
        long exportStart = System.nanoTime();
        export.write(new OutputStream() {
            @Override
            public void write(int b) {
                exported[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                exported[0] += len;
            }
        }, null, null, null, n -> { });
        double exportSeconds = (System.nanoTime() - exportStart) / 1e9;

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("8. Audit over %,d stored events (%,d chained in bulk in %.1f s = %,.0f events/s)".formatted(total,
                chained, chainSeconds, chained / chainSeconds));
        lines.add("   ceiling: plain sequential read of the event table: %.1f s = %,.0f events/s, %.0f MB/s".formatted(
                readSeconds, total / readSeconds, readBytes[0] / 1e6 / readSeconds));
        lines.add("   chain verification (recompute, compare, gaps, deserialise): %.1f s = %,.0f events/s   ratio %.2f"
                .formatted(verifySeconds, report.eventsChecked() / verifySeconds, readSeconds / verifySeconds));
        lines.add("   export (all events, JSON Lines + signed manifest): %.1f s = %,.0f events/s, %.0f MB/s   ratio %.2f"
                .formatted(exportSeconds, total / exportSeconds, exported[0] / 1e6 / exportSeconds,
                        readSeconds / exportSeconds));
        lines.add("   test JVM heap limit %d MB".formatted(Runtime.getRuntime().maxMemory() / 1024 / 1024));
        // The running application's processors read every inserted event too (the case views write a timeline
        // row for each): the benchmarks after this one must not measure that catch-up, or time out during it.
        long catchUpStart = System.nanoTime();
        CaseBenchmark.TestWait.until("the read side read the inserted events", projections::caughtUp, 1800);
        lines.add("   the running application's read models then read the %,d inserted events in %.0f s".formatted(
                EVENTS, (System.nanoTime() - catchUpStart) / 1e9));
        System.out.println(String.join("\n", lines));
        try {
            Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", lines) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
