package org.glassbox.analysis.methods;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * W2: pre-arranged round trips. A trade from one account to another followed, within the window, by a
 * trade of the same quantity at the same price back between the same two accounts; both trades are
 * flagged, whether or not the accounts are known to be linked. It looks at the whole market.
 */
public final class RoundTrips implements AnalysisMethod {
    static final String DEFAULT_WINDOW = "PT1S";
    static final List<String> SENSITIVITY = List.of("PT1S", "PT5S");

    @Override
    public String id() {
        return "W2";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Pre-arranged round trips";
    }

    @Override
    public String description() {
        return "Flags pairs of trades in which one account sells to another and, within a short window, buys the"
                + " same quantity back from it at the same price, across the whole market.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol(), new Parameter("window", Parameter.Type.DURATION, DEFAULT_WINDOW, "PT0.000001S",
                "PT1H", "Longest time between a trade and its mirror image."));
    }

    @Override
    public boolean needsAccounts() {
        return true;
    }

    @Override
    public int steps() {
        return 2;
    }

    /** One matched pair and the time between its trades. */
    record Pair(Flagged first, Flagged second, long gap) {
    }

    static List<Pair> pairs(Market market, long maxGapMicros) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        market.each("SELECT a.trade_id, a.ts, a.qty, a.buyer_mm OR a.seller_mm, b.trade_id, b.ts, b.qty,"
                + " b.buyer_mm OR b.seller_mm, b.ts - a.ts FROM trades a JOIN trades b"
                + " ON b.seller = a.buyer AND b.buyer = a.seller AND b.qty = a.qty AND b.price = a.price"
                + " AND (b.ts > a.ts OR (b.ts = a.ts AND b.trade_id > a.trade_id)) AND b.ts <= a.ts + " + maxGapMicros
                + " WHERE a.buyer <> a.seller", r -> pairs.add(new Pair(
                        new Flagged(r.getString(1), r.getLong(2), r.getBigDecimal(3), r.getBoolean(4)),
                        new Flagged(r.getString(5), r.getLong(6), r.getBigDecimal(7), r.getBoolean(8)), r.getLong(9))));
        return pairs;
    }

    static List<Flagged> flagged(List<Pair> pairs, long gapMicros) {
        List<Flagged> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.gap() <= gapMicros) {
                out.add(p.first());
                out.add(p.second());
            }
        }
        return out;
    }

    static long micros(String duration) {
        return org.glassbox.analysis.engine.Micros.of(Duration.parse(duration));
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        SelfTrades.Totals totals = SelfTrades.Totals.of(market);
        progress.step(1, steps(), "counting the market");
        String window = market.parameter("window");
        TreeSet<String> thresholds = new TreeSet<>((a, b) -> Duration.parse(a).compareTo(Duration.parse(b)));
        thresholds.addAll(SENSITIVITY);
        thresholds.add(window);
        List<Pair> pairs = pairs(market, micros(thresholds.last()));
        progress.step(2, steps(), "matching trades with their mirror images");
        ObjectNode result = Detections.summary(flagged(pairs, micros(window)), totals);
        result.put("pairs", pairs.stream().filter(p -> p.gap() <= micros(window)).count());
        ArrayNode sensitivity = result.putArray("sensitivity");
        for (String t : thresholds) {
            ObjectNode row = Detections.summary(flagged(pairs, micros(t)), totals);
            row.remove("tradeIds");
            row.putObject("thresholds").put("window", t);
            sensitivity.add(row);
        }
        return result;
    }
}
