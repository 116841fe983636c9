package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.api.shared.InvalidField;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * D1: dumping after listing. Over a window (by default the first 24 hours from the first trade, end
 * excluded), what the market maker's accounts sold and bought to and from others, how many buy orders
 * they placed, their proceeds, their share of all quantity traded, their rank among owners by net
 * quote flow, and the price path with their sells marked.
 */
public final class PostListingDump implements AnalysisMethod {
    private static final long DAY = 86_400_000_000L;
    private static final int MAX_BUCKETS = 10_000;

    @Override
    public String id() {
        return "D1";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Dumping after listing";
    }

    @Override
    public String description() {
        return "Measures, over the hours after a token's first trade, how much the market maker sold and bought,"
                + " how many buy orders it placed, what its sales brought in and how its profit ranks among all"
                + " traders.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol(),
                new Parameter("from", Parameter.Type.INSTANT, null, null, null,
                        "Start of the window; by default the first trade."),
                new Parameter("to", Parameter.Type.INSTANT, null, null, null,
                        "End of the window (excluded); by default 24 hours after its start."),
                new Parameter("bucket", Parameter.Type.DURATION, "PT1M", "PT1S", "P1D",
                        "Width of each step of the price path."));
    }

    @Override
    public boolean needsAccounts() {
        return true;
    }

    @Override
    public int steps() {
        return 4;
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        long from = market.parameter("from") != null ? micros(Instant.parse(market.parameter("from")))
                : Market.integer(market.one("SELECT min(ts) FROM trades")[0]);
        long to = market.parameter("to") != null ? micros(Instant.parse(market.parameter("to"))) : from + DAY;
        if (to <= from) {
            throw new InvalidField("parameters.to", "must be after the window's start " + Json.instant(from));
        }
        long bucket = RoundTrips.micros(market.parameter("bucket"));
        if ((to - from) / bucket > MAX_BUCKETS) {
            throw new InvalidField("parameters.bucket", "gives more than " + MAX_BUCKETS + " steps over the window");
        }
        String in = " WHERE ts >= " + from + " AND ts < " + to;
        String sells = "seller_mm AND NOT buyer_mm";
        String buys = "buyer_mm AND NOT seller_mm";
        Object[] totals = market.one("SELECT count(*), sum(qty), sum(qty) FILTER (WHERE " + sells + "),"
                + " sum(qty) FILTER (WHERE " + buys + "), sum(price * qty) FILTER (WHERE " + sells + "),"
                + " count(DISTINCT trade_id) FILTER (WHERE buyer_mm), count(*) FILTER (WHERE " + sells + ")"
                + " FROM trades" + in);
        progress.step(1, steps(), "the market maker's sales and purchases");
        BigDecimal total = Market.decimal(totals[1]);
        BigDecimal sold = Market.decimal(totals[2]);
        ObjectNode result = Json.object();
        List<String> accounts = new ArrayList<>();
        market.each("SELECT DISTINCT a FROM (SELECT buyer AS a FROM trades" + in + " AND buyer_mm UNION ALL"
                + " SELECT seller FROM trades" + in + " AND seller_mm) ORDER BY a", r -> accounts.add(r.getString(1)));
        Json.strings(result, "accounts", accounts);
        ObjectNode window = result.putObject("window");
        window.put("from", Json.instant(from));
        window.put("to", Json.instant(to));
        result.put("trades", Market.integer(totals[0]));
        result.put("totalQty", Json.decimal(total));
        result.put("soldQty", Json.decimal(sold));
        result.put("boughtQty", Json.decimal(Market.decimal(totals[3])));
        result.put("sells", Market.integer(totals[6]));
        if (market.hasOrders()) {
            result.put("buyOrders", Market.integer(market.one("SELECT count(DISTINCT order_id) FROM orders"
                    + in + " AND mm AND side = 'BUY' AND event_type = 'NEW'")[0]));
            result.put("buyOrdersFrom", "ORDER_EVENTS");
        } else {
            result.put("buyOrders", Market.integer(totals[5]));
            result.put("buyOrdersFrom", "TRADES");
        }
        result.put("proceeds", Json.decimal(Market.decimal(totals[4])));
        result.put("sellShare", Json.share(sold, total));
        progress.step(2, steps(), "buy orders");
        Object[] rank = market.one("WITH flows AS (SELECT CASE WHEN seller_mm THEN 'MM' ELSE seller_owner END AS owner,"
                + " price * qty AS quote FROM trades" + in + " UNION ALL SELECT CASE WHEN buyer_mm THEN 'MM'"
                + " ELSE buyer_owner END, -(price * qty) FROM trades" + in + "),"
                + " net AS (SELECT owner, sum(quote) AS flow FROM flows GROUP BY owner)"
                + " SELECT (SELECT flow FROM net WHERE owner = 'MM'),"
                + " (SELECT 1 + count(*) FROM net WHERE owner <> 'MM' AND flow > (SELECT flow FROM net WHERE owner = 'MM')),"
                + " (SELECT count(*) FROM net)");
        if (rank[0] == null) {
            result.putNull("profitRank");
            result.putNull("netQuoteFlow");
        } else {
            result.put("profitRank", Market.integer(rank[1]));
            result.put("netQuoteFlow", Json.decimal(Market.decimal(rank[0])));
        }
        result.put("owners", Market.integer(rank[2]));
        progress.step(3, steps(), "ranking owners by profit");
        ArrayNode path = result.putArray("pricePath");
        BigDecimal[] position = {BigDecimal.ZERO};
        market.each("SELECT (ts - " + from + ") // " + bucket + " AS b, first(price ORDER BY ts, trade_id),"
                + " max(price), min(price), last(price ORDER BY ts, trade_id), sum(qty),"
                + " coalesce(sum(qty) FILTER (WHERE " + sells + "), 0), coalesce(sum(qty) FILTER (WHERE " + buys + "), 0)"
                + " FROM trades" + in + " GROUP BY b ORDER BY b", r -> {
                    ObjectNode p = path.addObject();
                    p.put("t", Json.instant(from + r.getLong(1) * bucket));
                    p.put("open", Json.decimal(r.getBigDecimal(2)));
                    p.put("high", Json.decimal(r.getBigDecimal(3)));
                    p.put("low", Json.decimal(r.getBigDecimal(4)));
                    p.put("close", Json.decimal(r.getBigDecimal(5)));
                    p.put("volume", Json.decimal(r.getBigDecimal(6)));
                    BigDecimal s = r.getBigDecimal(7);
                    BigDecimal b = r.getBigDecimal(8);
                    position[0] = position[0].add(b).subtract(s);
                    p.put("marketMakerSold", Json.decimal(s));
                    p.put("marketMakerBought", Json.decimal(b));
                    p.put("netPosition", Json.decimal(position[0]));
                });
        progress.step(4, steps(), "the price path");
        return result;
    }

    static long micros(Instant i) {
        return org.glassbox.analysis.engine.Micros.of(i);
    }
}
