package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * W4: the market maker's participation per UTC day: its share of the volume and of the trades, and how
 * much of all volume was its internal trading (trades W1, W2 or W3 flag, at their default thresholds,
 * with the market maker on a side).
 */
public final class Participation implements AnalysisMethod {
    private static final long DAY = 86_400_000_000L;

    @Override
    public String id() {
        return "W4";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Market maker's participation";
    }

    @Override
    public String description() {
        return "Gives, for each day, the market maker's share of the volume and of the trades, and the share of all"
                + " volume that was its trading with itself, its linked accounts or in round trips and rings.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol());
    }

    @Override
    public boolean needsAccounts() {
        return true;
    }

    @Override
    public int steps() {
        return 4;
    }

    private static final class Day {
        long trades;
        BigDecimal volume = BigDecimal.ZERO;
        long mmTrades;
        BigDecimal mmVolume = BigDecimal.ZERO;
        BigDecimal internal = BigDecimal.ZERO;
        long internalTrades;
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        Map<Long, Day> days = new TreeMap<>();
        market.each("SELECT ts // " + DAY + " AS day, count(*), sum(qty),"
                + " count(*) FILTER (WHERE buyer_mm OR seller_mm), sum(qty) FILTER (WHERE buyer_mm OR seller_mm)"
                + " FROM trades GROUP BY day ORDER BY day", r -> {
                    Day d = days.computeIfAbsent(r.getLong(1), k -> new Day());
                    d.trades = r.getLong(2);
                    d.volume = Market.decimal(r.getBigDecimal(3));
                    d.mmTrades = r.getLong(4);
                    d.mmVolume = Market.decimal(r.getBigDecimal(5));
                });
        progress.step(1, steps(), "counting each day");
        List<Flagged> internal = new ArrayList<>(SelfTrades.detect(market, null));
        progress.step(2, steps(), "self- and same-owner trades");
        internal.addAll(RoundTrips.flagged(RoundTrips.pairs(market, RoundTrips.micros(RoundTrips.DEFAULT_WINDOW)),
                RoundTrips.micros(RoundTrips.DEFAULT_WINDOW)));
        progress.step(3, steps(), "round trips");
        long window = RoundTrips.micros(CircularTrades.DEFAULT_WINDOW);
        BigDecimal tolerance = new BigDecimal(CircularTrades.DEFAULT_TOLERANCE);
        CircularTrades.within(CircularTrades.candidates(market, tolerance, window), tolerance, window)
                .forEach(c -> internal.addAll(c.legs()));
        progress.step(4, steps(), "rings");
        for (Flagged f : Detections.distinct(internal).values()) {
            if (f.marketMaker()) {
                Day d = days.get(Math.floorDiv(f.ts(), DAY));
                d.internal = d.internal.add(f.qty());
                d.internalTrades++;
            }
        }
        ObjectNode result = Json.object();
        ArrayNode table = result.putArray("days");
        Day all = new Day();
        for (Map.Entry<Long, Day> e : days.entrySet()) {
            Day d = e.getValue();
            ObjectNode row = row(d);
            row.put("day", Json.instant(e.getKey() * DAY).substring(0, 10));
            table.add(row);
            all.trades += d.trades;
            all.volume = all.volume.add(d.volume);
            all.mmTrades += d.mmTrades;
            all.mmVolume = all.mmVolume.add(d.mmVolume);
            all.internal = all.internal.add(d.internal);
            all.internalTrades += d.internalTrades;
        }
        result.set("total", row(all));
        return result;
    }

    private static ObjectNode row(Day d) {
        ObjectNode row = Json.object();
        row.put("trades", d.trades);
        row.put("volume", Json.decimal(d.volume));
        row.put("marketMakerTrades", d.mmTrades);
        row.put("marketMakerVolume", Json.decimal(d.mmVolume));
        row.put("shareOfVolume", Json.share(d.mmVolume, d.volume));
        row.put("shareOfTrades", Json.share(d.mmTrades, d.trades));
        row.put("internalTrades", d.internalTrades);
        row.put("internalVolume", Json.decimal(d.internal));
        row.put("internalShareOfVolume", Json.share(d.internal, d.volume));
        return row;
    }
}
