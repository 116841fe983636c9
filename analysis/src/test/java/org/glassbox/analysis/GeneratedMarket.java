package org.glassbox.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.engine.Source;
import org.glassbox.analysis.format.MarketDataReader;
import org.glassbox.analysis.generator.MarketDataGenerator;
import org.glassbox.analysis.methods.AnalysisInputs;
import org.glassbox.analysis.methods.Analyses;
import org.glassbox.analysis.methods.Methods;
import org.glassbox.api.evidence.EvidenceKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A generated market read back as evidence would be: each file profiled, then analysed. */
public record GeneratedMarket(MarketDataGenerator.Written files, Source trades, Source orders, Source links,
        Source publicDump, JsonNode truth, Engine engine) {

    public static final ObjectMapper JSON = new ObjectMapper();

    public static GeneratedMarket of(Path dir, long seed, int trades) throws IOException {
        MarketDataGenerator.Written w = MarketDataGenerator.write(MarketDataGenerator.Options.of(seed, trades), dir);
        Engine engine = Engine.withDefaults(dir.resolve("spill"));
        MarketDataReader reader = new MarketDataReader(engine);
        return new GeneratedMarket(w,
                new Source(w.trades(), reader.profile(w.trades(), EvidenceKind.TRADE_EXPORT, "trades.csv")),
                new Source(w.orderEvents(), reader.profile(w.orderEvents(), EvidenceKind.ORDER_EVENTS, "order_events.csv")),
                new Source(w.accountLinks(), reader.profile(w.accountLinks(), EvidenceKind.ACCOUNT_LINKS, "links.csv")),
                new Source(w.publicDump(), reader.profile(w.publicDump(), EvidenceKind.TRADE_EXPORT,
                        w.publicDump().getFileName().toString())),
                JSON.readTree(w.groundTruth().toFile()), engine);
    }

    public AnalysisInputs inputs(boolean withOrders) {
        try (var in = java.nio.file.Files.newInputStream(files.kpiTerms())) {
            return new AnalysisInputs(List.of(trades), List.of(links), withOrders ? List.of(orders) : List.of(),
                    MarketDataGenerator.CASE_ACCOUNTS, org.glassbox.analysis.format.KpiTerms.read(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Analyses.Outcome run(String method, Map<String, String> parameters, boolean withOrders) throws Exception {
        return new Analyses(engine).run(Methods.require(method), inputs(withOrders), parameters,
                org.glassbox.analysis.methods.Progress.NONE);
    }

    public static JsonNode result(Analyses.Outcome outcome) throws IOException {
        return JSON.readTree(outcome.canonicalResult());
    }

    public static TreeSet<String> ids(JsonNode array) {
        TreeSet<String> out = new TreeSet<>();
        for (Iterator<JsonNode> i = array.elements(); i.hasNext();) {
            out.add(i.next().asText());
        }
        return out;
    }

    public static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
