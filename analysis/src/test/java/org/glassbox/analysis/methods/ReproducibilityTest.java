package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.glassbox.analysis.GeneratedMarket;
import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.engine.Source;
import org.glassbox.analysis.format.MarketDataReader;
import org.glassbox.analysis.generator.MarketDataGenerator;
import org.glassbox.api.evidence.EvidenceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The same bytes give the same result digest: twice in one run, in another JVM, and from another container. */
class ReproducibilityTest {
    static final List<String> METHODS = List.of("W1", "W2", "W3", "W4", "W5", "D1", "S1", "S2", "K1");

    @TempDir
    static Path dir;
    static GeneratedMarket market;

    @BeforeAll
    static void generate() throws IOException {
        market = GeneratedMarket.of(dir, 11, 12_000);
    }

    @Test
    void everyMethodGivesTheSameDigestTwice() throws Exception {
        for (String method : METHODS) {
            Analyses.Outcome first = market.run(method, Map.of(), true);
            Analyses.Outcome second = market.run(method, Map.of(), true);
            assertThat(second.resultDigest()).as(method).isEqualTo(first.resultDigest());
            assertThat(first.resultDigest()).isEqualTo(Analyses.sha256(first.canonicalResult()));
        }
    }

    @Test
    void anotherProcessGivesTheSameDigests() throws Exception {
        StringBuilder here = new StringBuilder();
        for (String method : METHODS) {
            here.append(method).append(' ').append(market.run(method, Map.of(), true).resultDigest()).append('\n');
        }
        Path out = dir.resolve("digests.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                DigestsMain.class.getName(), dir.toString(), out.toString()).inheritIO().start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(here.toString());
    }

    @Test
    void theSameTradesGzippedOrAsParquetGiveTheSameDigest() throws Exception {
        Path gz = dir.resolve("trades-copy.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(market.files().trades(), out);
        }
        Path parquet = dir.resolve("trades.parquet");
        try (Connection c = market.engine().open(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv('" + market.files().trades() + "', header = true, all_varchar = true))"
                    + " TO '" + parquet + "' (FORMAT parquet)");
        }
        MarketDataReader reader = new MarketDataReader(market.engine());
        String plain = market.run("W1", Map.of(), false).resultDigest();
        for (Path copy : List.of(gz, parquet)) {
            Source source = new Source(copy, reader.profile(copy, EvidenceKind.TRADE_EXPORT, copy.getFileName().toString()));
            var inputs = new AnalysisInputs(List.of(source), List.of(market.links()), List.of(),
                    MarketDataGenerator.CASE_ACCOUNTS);
            assertThat(new Analyses(market.engine()).run(Methods.require("W1"), inputs, Map.of(), Progress.NONE)
                    .resultDigest()).as(copy.getFileName().toString()).isEqualTo(plain);
        }
    }

    @Test
    void marketWideScreenRunsOnThePublicDumpAndMethodsNeedingAccountsAreRefused() throws Exception {
        var inputs = new AnalysisInputs(List.of(market.publicDump()), List.of(), List.of(), List.of());
        Analyses analyses = new Analyses(market.engine());
        JsonNode w5 = GeneratedMarket.JSON.readTree(analyses.run(Methods.require("W5"), inputs, Map.of(), Progress.NONE)
                .canonicalResult());
        assertThat(w5.get("market").get("trades").asLong()).isEqualTo(market.publicDump().profile().rows());
        assertThat(w5.get("roundShareTest").get("conclusion").asText()).isEqualTo("NOT_APPLICABLE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analyses.run(Methods.require("D1"), inputs, Map.of(),
                Progress.NONE)).hasMessageContaining("needs to know who traded");
    }

    /** Profiles the generated files again in a fresh JVM and writes each method's digest. */
    public static final class DigestsMain {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            Engine engine = Engine.withDefaults(dir.resolve("spill-2"));
            MarketDataReader reader = new MarketDataReader(engine);
            Source trades = new Source(dir.resolve("trades.csv"),
                    reader.profile(dir.resolve("trades.csv"), EvidenceKind.TRADE_EXPORT, "trades.csv"));
            Source links = new Source(dir.resolve("account_links.csv"),
                    reader.profile(dir.resolve("account_links.csv"), EvidenceKind.ACCOUNT_LINKS, "l.csv"));
            Source orders = new Source(dir.resolve("order_events.csv"),
                    reader.profile(dir.resolve("order_events.csv"), EvidenceKind.ORDER_EVENTS, "o.csv"));
            org.glassbox.analysis.format.KpiTerms terms;
            try (var in = Files.newInputStream(dir.resolve("kpi_terms.yaml"))) {
                terms = org.glassbox.analysis.format.KpiTerms.read(in);
            }
            var inputs = new AnalysisInputs(List.of(trades), List.of(links), List.of(orders),
                    MarketDataGenerator.CASE_ACCOUNTS, terms);
            StringBuilder out = new StringBuilder();
            for (String method : METHODS) {
                out.append(method).append(' ').append(new Analyses(engine).run(Methods.require(method), inputs, Map.of(),
                        Progress.NONE).resultDigest()).append('\n');
            }
            Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        }
    }
}
