package org.glassbox.ui.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.generator.MarketDataGenerator;
import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.support.AnalysisFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The order-book analyses on a file of about 5 million order events (some 470 MB) with the whole
 * application in this JVM (heap capped at 512 MB by the bench profile): the files are submitted through
 * the API (the order events read strictly and replayed on a book as they arrive), then S1, S2 and K1 run
 * through the API, each timed from request to completion beside the ceiling measured in the same run: a
 * bare scan of the same order file in the same engine with the same budget. Prints the process's peak
 * resident memory. Runs only with {@code ./mvnw -Pbench verify}.
 */
@TestPropertySource(properties = {"glassbox.evidence.max-size=2GB", "glassbox.evidence.local-dir=target/bench-evidence"})
class OrderBookBenchmark extends MarketBenchmark {
    /** About 4.2 order events a trade: two orders placed and filled, quotes, and orders cancelled unfilled. */
    private static final int TRADES = Integer.getInteger("bench.order-trades", 1_200_000);

    @Autowired
    EvidenceService evidence;
    @Autowired
    Engine engine;

    @Test
    void measureTheOrderBookAnalysesOnFiveMillionEvents() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        Path dir = Files.createDirectories(Path.of("target", "bench-orders"));
        long start = System.nanoTime();
        var files = MarketDataGenerator.write(new MarketDataGenerator.Options(7, TRADES, 5000, true, false), dir);
        double generated = seconds(start);
        long bytes = Files.size(files.orderEvents());
        long events;
        try (var lines = Files.lines(files.orderEvents())) {
            events = lines.count() - 1;
        }

        var market = AnalysisFixtures.marketCase(commands, staff, evidence, 8, 2000);
        String trades = upload(market.caseId(), files.trades(), "TRADE_EXPORT", "text/csv");
        start = System.nanoTime();
        String orders = upload(market.caseId(), files.orderEvents(), "ORDER_EVENTS", "text/csv");
        double submitted = seconds(start);
        String links = upload(market.caseId(), files.accountLinks(), "ACCOUNT_LINKS", "text/csv");
        String terms = upload(market.caseId(), files.kpiTerms(), "KPI_TERMS", "application/yaml");

        double scan = bareScan(files.orderEvents());
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("10. Order-book analyses on %,d order events (%.0f MB CSV, %,d trades; generated in %.1f s)"
                .formatted(events, bytes / 1e6, TRADES + 0L, generated));
        report.add("   submission of the order events through POST /api/v1/cases/{id}/evidence (strict read, replayed"
                + " on a book, profiled, stored): %.1f s".formatted(submitted));
        report.add("   ceiling: a bare scan of the same file in the same engine (%s, %d threads): %.2f s".formatted(
                engine.memoryLimit(), engine.threads(), scan));
        for (String method : List.of("S1", "S2", "K1")) {
            String inputs = "\"" + trades + "\",\"" + links + "\",\"" + orders + "\""
                    + (method.equals("K1") ? ",\"" + terms + "\"" : "");
            long t = System.nanoTime();
            HttpResponse<String> queued = post("investigator", "/api/v1/cases/" + market.caseId() + "/analyses",
                    "{\"method\":\"" + method + "\",\"evidence\":[" + inputs + "]}");
            if (queued.statusCode() != 202) {
                throw new AssertionError(method + " answered " + queued.statusCode() + ": " + queued.body());
            }
            String runId = queued.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            AnalysisRunView run = awaitDone(runId);
            double took = seconds(t);
            if (run.status() != AnalysisStatus.COMPLETED) {
                throw new AssertionError(method + " " + run.status() + ": " + run.failure());
            }
            report.add("   %s: %6.1f s   ceiling %.2f s   ratio %.2f   %s".formatted(method, took, scan, scan / took,
                    run.headline()));
        }
        report.add("   peak resident memory of the process (VmHWM, application and engine together): %d MB"
                .formatted(peakMb()));
        report.add("   JVM heap limit %d MB; engine memory limit %s".formatted(Runtime.getRuntime().maxMemory() / 1024 / 1024,
                engine.memoryLimit()));
        System.out.println(String.join("\n", report));
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", report) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        try (var stale = Files.walk(dir)) {
            stale.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private double bareScan(Path file) throws Exception {
        try (Connection c = engine.open(); Statement s = c.createStatement()) {
            long t = System.nanoTime();
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(CAST(qty AS DECIMAL(38, 2))) FROM read_csv('"
                    + file.toAbsolutePath() + "', header = true, auto_detect = false, all_varchar = true,"
                    + " columns = {'event_id': 'VARCHAR', 'time': 'VARCHAR', 'symbol': 'VARCHAR', 'account': 'VARCHAR',"
                    + " 'order_id': 'VARCHAR', 'event_type': 'VARCHAR', 'side': 'VARCHAR', 'price': 'VARCHAR',"
                    + " 'qty': 'VARCHAR', 'leaves_qty': 'VARCHAR', 'filled_qty': 'VARCHAR', 'trade_id': 'VARCHAR'})")) {
                r.next();
            }
            return seconds(t);
        }
    }
}
