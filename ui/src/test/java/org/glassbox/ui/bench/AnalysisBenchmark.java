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
 * The analyses on a 5-million-row trade export (about 330 MB) with the whole application in this JVM
 * (heap capped at 512 MB by the bench profile): the file is submitted through the API (read strictly
 * and profiled), then W1-W5 and D1 run through the API, each timed from request to completion beside
 * the ceiling measured in the same run: a bare scan of the same file in the same engine with the same
 * budget. Prints the process's peak resident memory. Runs only with {@code ./mvnw -Pbench verify}.
 */
@TestPropertySource(properties = {"glassbox.evidence.max-size=2GB", "glassbox.evidence.local-dir=target/bench-evidence"})
class AnalysisBenchmark extends MarketBenchmark {
    private static final int TRADES = Integer.getInteger("bench.analysis-trades", 5_000_000);

    @Autowired
    EvidenceService evidence;
    @Autowired
    Engine engine;

    @Test
    void measureTheAnalysesOnFiveMillionTrades() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        Path dir = Files.createDirectories(Path.of("target", "bench-market"));
        long start = System.nanoTime();
        var files = MarketDataGenerator.write(new MarketDataGenerator.Options(7, TRADES, 5000, false, false), dir);
        double generated = seconds(start);
        long bytes = Files.size(files.trades());

        var market = AnalysisFixtures.marketCase(commands, staff, evidence, 8, 2000);
        start = System.nanoTime();
        String trades = upload(market.caseId(), files.trades(), "TRADE_EXPORT", "text/csv");
        double submitted = seconds(start);
        String links = upload(market.caseId(), files.accountLinks(), "ACCOUNT_LINKS", "text/csv");

        double scan = bareScan(files.trades());
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("9. Trade analyses on %,d trades (%.0f MB CSV; generated in %.1f s)".formatted(TRADES + 0L,
                bytes / 1e6, generated));
        report.add("   submission through POST /api/v1/cases/{id}/evidence (strict read + profile + store): %.1f s"
                .formatted(submitted));
        report.add("   ceiling: a bare scan of the same file in the same engine (%s, %d threads): %.2f s".formatted(
                engine.memoryLimit(), engine.threads(), scan));
        for (String method : List.of("W1", "W2", "W3", "W4", "W5", "D1")) {
            long t = System.nanoTime();
            HttpResponse<String> queued = post("investigator", "/api/v1/cases/" + market.caseId() + "/analyses",
                    "{\"method\":\"" + method + "\",\"evidence\":[\"" + trades + "\",\"" + links + "\"]}");
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
                    + " columns = {'time': 'VARCHAR', 'trade_id': 'VARCHAR', 'symbol': 'VARCHAR', 'price': 'VARCHAR',"
                    + " 'qty': 'VARCHAR', 'buyer_account': 'VARCHAR', 'seller_account': 'VARCHAR',"
                    + " 'taker_side': 'VARCHAR', 'buy_order_id': 'VARCHAR', 'sell_order_id': 'VARCHAR',"
                    + " 'buyer_is_maker': 'VARCHAR'})")) {
                r.next();
            }
            return seconds(t);
        }
    }
}
