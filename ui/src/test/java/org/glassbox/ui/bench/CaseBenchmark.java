package org.glassbox.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseCursor;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CasePage;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.FindCases;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Severity;
import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.ui.support.SyntheticCases;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Speed figures, each beside a ceiling measured on the same machine in the same run. Runs only with
 * {@code ./mvnw -Pbench verify}; prints a report and writes it to ui/target/bench-report.txt.
 */
class CaseBenchmark extends IntegrationTest {
    private static final long SECONDS = Long.getLong("bench.seconds", 5);
    private static final int CASES = Integer.getInteger("bench.cases", 100_000);
    private static final long WARM_UP = Long.getLong("bench.warm-up", 20);

    @Autowired
    DataSource dataSource;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    QueryGateway queries;
    @Autowired
    org.axonframework.config.EventProcessingConfiguration processing;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)");
        line("Glassbox benchmark, %d cores, %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        line("");
        DemoAnalyses.awaitFinished(jdbc);
        // -Dbench.only=flag measures one-thread flagging alone, -Dbench.only=rebuild the seeding, the rebuild and
        // the list alone: for a profile of them.
        if ("flag".equals(System.getProperty("bench.only"))) {
            warmUp();
            line("   FlagCase, 1 thread: %.0f/s", flagRate(1));
            return;
        }
        if (!"rebuild".equals(System.getProperty("bench.only"))) {
            commandRates();
        }
        int events = seed();
        rebuildSpeed(events);
        line("");
        listQueries();
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", report) + "\n");
    }

    private void commandRates() throws Exception {
        // A fresh JVM spends one of the two cores compiling for its first minutes (JFR: 17,000 methods, 92 s of
        // compiler time in a two-minute run); a server runs warm, so the same commands run unmeasured first.
        warmUp();
        line("1. Flag-case commands per second (command handled, events and reference committed;"
                + " after %d s of the same commands unmeasured)", WARM_UP);
        double oneConnection = rawInsertRate(1);
        double flags1 = flagRate(1);
        line("   1 thread:  %8.0f flags/s   ceiling (one connection's raw INSERT+COMMIT of a 600-byte row): %8.0f/s"
                + "   ratio %.2f", flags1, oneConnection, flags1 / oneConnection);
        double eightConnections = rawInsertRate(8);
        double flags8 = flagRate(8);
        line("   8 threads: %8.0f flags/s   ceiling (one connection's, as flaggings serialise): %8.0f/s   ratio %.2f;"
                + "  8 connections': %8.0f/s   ratio %.2f", flags8, oneConnection, flags8 / oneConnection,
                eightConnections, flags8 / eightConnections);
        line("   (Flagging takes the year's reference counter row lock until commit, so flaggings are serialised");
        line("    by design: gap-free numbering. Other case commands do not take it.)");
        double ceiling8 = rawInsertRate(8);
        double notes = noteRate(8);
        line("   AddCaseNote on distinct cases, 8 threads: %8.0f notes/s   ceiling (8 connections' raw INSERT+COMMIT):"
                + " %8.0f/s   ratio %.2f", notes, ceiling8, notes / ceiling8);
        // What the read side costs a command on two shared cores: the same commands with no processor running.
        processing.eventProcessors().values().forEach(org.axonframework.eventhandling.EventProcessor::shutDown);
        try {
            line("   the same with every event processor stopped: FlagCase 1 thread %.0f/s, 8 threads %.0f/s;"
                    + " AddCaseNote 8 threads %.0f/s", flagRate(1), flagRate(8), noteRate(8));
        } finally {
            processing.eventProcessors().values().forEach(org.axonframework.eventhandling.EventProcessor::start);
        }
        line("");
        projectionLag();
        line("");
    }

    private double rawInsertRate(int threads) throws Exception {
        String payload = "x".repeat(600);
        return timed(threads, () -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_ceiling (payload) VALUES (?)")) {
                    ps.setString(1, payload);
                    ps.executeUpdate();
                }
                c.commit();
            }
        });
    }

    /** Single-row inserts, committed every {@code perCommit} rows, from n threads: rows per second. */
    private double batchedInsertRate(int threads, int perCommit) throws Exception {
        String payload = "x".repeat(300);
        return perCommit * timed(threads, () -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_ceiling (payload) VALUES (?)")) {
                    for (int i = 0; i < perCommit; i++) {
                        ps.setString(1, payload);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            }
        });
    }

    private double flagRate(int threads) throws Exception {
        String mm = unique("bench");
        return timed(threads, () -> as("investigator", flag(mm)));
    }

    /** Notes on 64 open cases, each thread on its own eight: no two threads queue on one aggregate. */
    private double noteRate(int threads) throws Exception {
        String mm = unique("bench-notes");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8 * threads; i++) {
            org.glassbox.api.cases.FlaggedCase flagged = as("investigator", flag(mm));
            cases.add(flagged.caseId());
        }
        AtomicLong next = new AtomicLong();
        ThreadLocal<Integer> lane = ThreadLocal.withInitial(() -> (int) (next.getAndIncrement() % threads));
        ThreadLocal<long[]> turn = ThreadLocal.withInitial(() -> new long[1]);
        return timed(threads, () -> {
            String caseId = cases.get(lane.get() + threads * (int) (turn.get()[0]++ % 8));
            as("supervisor", new org.glassbox.api.cases.AddCaseNote(caseId, "benchmark note"));
        });
    }

    private void warmUp() throws Exception {
        String mm = unique("warm-up");
        timed(8, WARM_UP, () -> {
            org.glassbox.api.cases.FlaggedCase flagged = as("investigator", flag(mm));
            as("supervisor", new org.glassbox.api.cases.AddCaseNote(flagged.caseId(), "warm-up note"));
        });
    }

    private FlagCase flag(String mm) {
        return new FlagCase(UUID.randomUUID().toString(), new MarketMaker(mm, "Bench Liquidity"), List.of("UID-1001"),
                List.of("BNCUSDT"), Set.of(Behaviour.WASH_TRADING), "benchmark case", Severity.LOW, CaseSource.manual());
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs the work from n threads for the configured time; answers operations per second. */
    private double timed(int threads, Work work) throws Exception {
        return timed(threads, SECONDS, work);
    }

    private double timed(int threads, long seconds, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    work.run();
                    if (System.nanoTime() > warmupEnd) {
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return done.get() / (double) seconds;
    }

    private void projectionLag() throws Exception {
        int samples = 500;
        long[] lagMicros = new long[samples];
        String mm = unique("lag");
        try (Connection c = dataSource.getConnection();
                PreparedStatement visible = c.prepareStatement("SELECT 1 FROM case_view WHERE case_id = ?")) {
            for (int i = 0; i < samples; i++) {
                FlagCase command = flag(mm);
                as("investigator", command);
                long acknowledged = System.nanoTime();
                visible.setString(1, command.caseId());
                while (true) {
                    try (ResultSet rs = visible.executeQuery()) {
                        if (rs.next()) {
                            break;
                        }
                    }
                    LockSupport.parkNanos(100_000);
                }
                lagMicros[i] = (System.nanoTime() - acknowledged) / 1_000;
            }
        }
        Arrays.sort(lagMicros);
        line("2. Projection lag, command acknowledged -> case visible in the list (%d flaggings, polled every 0.1 ms)",
                samples);
        line("   p50 %.1f ms   p99 %.1f ms   max %.1f ms", lagMicros[samples / 2] / 1000.0,
                lagMicros[samples * 99 / 100] / 1000.0, lagMicros[samples - 1] / 1000.0);
    }

    /** Appends CASES synthetic cases (CaseFlagged, and for every fifth a CaseAssigned) straight to the store. */
    private int seed() {
        long start = System.nanoTime();
        SyntheticCases cases = new SyntheticCases(eventStore, transactions);
        for (int i = 0; i < CASES; i++) {
            String id = "bench-" + UUID.randomUUID();
            cases.append(SyntheticCases.flagged(id, "GBX-2099-%06d".formatted(i + 1), i));
            if (i % 5 == 0) {
                cases.append(new GenericDomainEventMessage<>("InvestigationCase", id, 1,
                        new CaseAssigned(id, i % 10 == 0 ? "investigator" : "investigator2", null),
                        SyntheticCases.INVESTIGATOR));
            }
        }
        int events = (int) cases.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        TestWait.until("the live projection caught up with the seeded events", rebuild::caughtUp, 600);
        line("3. Seeded %,d cases as %,d events in %.1f s (%.0f events/s appended in batches of 1,000)", CASES,
                events, seconds, events / seconds);
        return events;
    }

    private void rebuildSpeed(int seeded) throws Exception {
        long total = eventCount();
        long readStart = System.nanoTime();
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT global_index, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getBytes(2);
                        rows++;
                    }
                }
            }
            c.commit();
        }
        double readRate = rows / ((System.nanoTime() - readStart) / 1e9);
        double writeRate = batchedInsertRate(2, 100);

        double cold = timedRebuild();
        double seconds = timedRebuild();
        double rate = total / seconds;
        double inDatabase = total / rowsWrittenByTheDatabase();
        line("   Full rebuild of the case views: %,d events in %.1f s = %.0f events/s (each event writes 2-3 rows;"
                + " the first rebuild, while the JIT compiler still takes a core: %.1f s)", total, seconds, rate, cold);
        line("   ceilings: raw INSERT of one row, 100 rows per COMMIT, 2 threads (as the 2 processor threads):");
        line("             %.0f rows/s, ratio %.2f;  plain ordered read of the events over JDBC: %.0f rows/s, ratio %.2f",
                writeRate, rate / writeRate, readRate, rate / readRate);
        line("             the same read-model rows copied by the database itself (INSERT ... SELECT into copies with"
                + " the same indexes): %.0f events/s, ratio %.2f", inDatabase, rate / inDatabase);
    }

    private double timedRebuild() {
        long start = System.nanoTime();
        rebuild.rebuildAll();
        TestWait.until("the rebuild replayed every event", rebuild::caughtUp, 1800);
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Seconds the database alone takes to write the case views' rows with all their indexes: what a rebuild
     * costs the server whoever sends the rows.
     */
    private double rowsWrittenByTheDatabase() {
        return transactions.execute(status -> {
            long start = System.nanoTime();
            for (String table : List.of("case_view", "case_activity", "case_allegation_view", "case_timeline_entry")) {
                jdbc.execute("CREATE TEMP TABLE bench_" + table + " (LIKE " + table + " INCLUDING ALL) ON COMMIT DROP");
                jdbc.execute("INSERT INTO bench_" + table + " SELECT * FROM " + table);
            }
            return (System.nanoTime() - start) / 1e9;
        });
    }

    private void listQueries() {
        // Autovacuum would refresh the planner's statistics within a minute of a bulk load; do it now.
        jdbc.execute("ANALYZE case_view");
        Long cases = jdbc.queryForObject("SELECT count(*) FROM case_view", Long.class);
        line("4. Case list queries at %,d cases (median of 20 runs, through the query bus; each includes the", cases);
        line("   count of all matching cases, itself ~15 ms at 100,000; statistics analysed after the bulk load)");
        CaseFilter any = CaseFilter.any();
        int middle = (int) Math.min(50_000, cases / 2);
        query("newest first, first page of 50", new FindCases(any, CaseSort.NEWEST_FIRST, 0, 50));
        query("newest first, page at offset %,d".formatted(middle), new FindCases(any, CaseSort.NEWEST_FIRST, middle, 50));
        query("newest first, last page", new FindCases(any, CaseSort.NEWEST_FIRST, (int) (cases - 50), 50));
        String deep = queries.query(new FindCases(any, CaseSort.NEWEST_FIRST, middle, 50), CasePage.class).join()
                .nextCursor();
        query("newest first, page after a cursor at %,d".formatted(middle + 50), new FindCases(any,
                CaseSort.NEWEST_FIRST, 0, 50, CaseCursor.decode(deep)));
        String deepSeverity = queries.query(new FindCases(any, CaseSort.SEVERITY, middle, 50), CasePage.class)
                .join().nextCursor();
        query("by severity, page after a cursor at %,d".formatted(middle + 50), new FindCases(any, CaseSort.SEVERITY,
                0, 50,
                CaseCursor.decode(deepSeverity)));
        query("status FLAGGED, by severity", new FindCases(any.withStatuses(Set.of(CaseStatus.FLAGGED)),
                CaseSort.SEVERITY, 0, 50));
        query("symbol GPSUSDT + allegation WASH_TRADING", new FindCases(new CaseFilter(Set.of(), null, "GPSUSDT",
                Behaviour.WASH_TRADING, null, null), CaseSort.NEWEST_FIRST, 0, 50));
        query("market maker mm-7, assignee investigator", new FindCases(new CaseFilter(Set.of(), "mm-7", null, null,
                "investigator", null), CaseSort.NEWEST_FIRST, 0, 50));
        query("text search 'synthetic case 4242'", new FindCases(new CaseFilter(Set.of(), null, null, null, null,
                "synthetic case 4242"), CaseSort.NEWEST_FIRST, 0, 50));
        query("text search 'northwind' (matches a quarter)", new FindCases(new CaseFilter(Set.of(), null, null, null,
                null, "northwind"), CaseSort.NEWEST_FIRST, 0, 50));
    }

    private void query(String what, FindCases query) {
        long[] micros = new long[20];
        long total = 0;
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            total = queries.query(query, CasePage.class).join().total();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        line("   %-48s %7.1f ms  (%,d matching)", what, micros[10] / 1000.0, total);
    }

    private void line(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        report.add(line);
        // Printed as it is measured too, so a run cut short still shows what it had.
        System.out.println("[bench] " + line);
    }

    /** Waiting with a long limit: the benchmark's volumes take minutes, not the tests' seconds. */
    static final class TestWait {
        static void until(String what, java.util.function.BooleanSupplier condition, int seconds) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Timed out waiting until " + what);
                }
                LockSupport.parkNanos(50_000_000);
            }
        }
    }
}
