package org.glassbox.ui.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.glassbox.analysis.methods.Figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The order-book methods' charts, as ECharts options: K1 the market maker's spread and its depth each side
 * against the KPI lines with every breach shaded; S1 the order-to-trade ratio per hour and the fill rate
 * per order size; S2 one small picture per spoofing episode (the orders on the other side as bars from
 * placed to cancelled at their price, the fill as a diamond).
 */
final class OrderBookCharts {
    static final int PICTURES = 6;
    private static final String BREACH = "rgba(192, 57, 43, 0.28)";
    private static final String MISSING = "rgba(127, 140, 141, 0.35)";
    private static final String SHADING = "Shaded red: the term broken; grey: no bid or no ask (times in UTC)";

    private OrderBookCharts() {
    }

    /** The common chart frame, a little narrower on the right: these charts have no second axis name there. */
    private static ObjectNode base(String title) {
        ObjectNode o = ChartOptions.base(title);
        ((ObjectNode) o.get("grid")).put("right", 60);
        return o;
    }

    static ObjectNode spread(JsonNode r) {
        JsonNode terms = r.path("terms");
        ObjectNode o = base("Market maker's spread against its KPI (" + terms.path("maxSpreadBps").asText()
                + " bps at most)");
        ((ObjectNode) o.get("title")).put("subtext", SHADING);
        ((ObjectNode) o.get("grid")).put("top", 60);
        o.putObject("xAxis").put("type", "time");
        o.putArray("yAxis").addObject().put("type", "value").put("name", "spread (bps)");
        ObjectNode line = o.putArray("series").addObject().put("name", "widest spread in each span").put("type", "line")
                .put("step", "end").put("showSymbol", false).put("connectNulls", false);
        ArrayNode data = line.putArray("data");
        for (JsonNode s : r.path("series")) {
            ArrayNode point = data.addArray().add(s.path("from").asText());
            if (s.path("spreadBps").isNull()) {
                point.add("-");
            } else {
                point.add(s.path("spreadBps").asText());
            }
        }
        kpiLine(line, terms.path("maxSpreadBps").asText(), "largest spread allowed "
                + Figures.value("maxSpreadBps", terms.path("maxSpreadBps").asText()) + " bps");
        shade(line, r, Set.of("SPREAD", "PRESENCE"));
        return o;
    }

    static ObjectNode depth(JsonNode r) {
        JsonNode terms = r.path("terms");
        ObjectNode o = base("Market maker's depth within " + terms.path("depthBandPct").asText() + " % of its mid ("
                + Figures.value("minDepthQuote", terms.path("minDepthQuote").asText()) + " each side at least)");
        ((ObjectNode) o.get("title")).put("subtext", SHADING);
        ((ObjectNode) o.get("grid")).put("top", 60);
        o.putObject("xAxis").put("type", "time");
        o.putArray("yAxis").addObject().put("type", "value").put("name", "quote amount (price x quantity)");
        ArrayNode series = o.putArray("series");
        ObjectNode bid = series.addObject().put("name", "least bid depth in each span").put("type", "line")
                .put("step", "end").put("showSymbol", false);
        ObjectNode ask = series.addObject().put("name", "least ask depth in each span").put("type", "line")
                .put("step", "end").put("showSymbol", false);
        ArrayNode b = bid.putArray("data");
        ArrayNode a = ask.putArray("data");
        for (JsonNode s : r.path("series")) {
            b.addArray().add(s.path("from").asText()).add(s.path("bidDepth").asText());
            a.addArray().add(s.path("from").asText()).add(s.path("askDepth").asText());
        }
        kpiLine(bid, terms.path("minDepthQuote").asText(), "least depth allowed "
                + Figures.value("minDepthQuote", terms.path("minDepthQuote").asText()));
        shade(bid, r, Set.of("DEPTH", "PRESENCE"));
        return o;
    }

    private static void kpiLine(ObjectNode series, String value, String name) {
        ObjectNode mark = series.putObject("markLine").put("symbol", "none").put("silent", true);
        mark.putObject("lineStyle").put("color", "#c0392b").put("type", "dashed");
        mark.putObject("label").put("formatter", name).put("position", "insideStartTop");
        mark.putArray("data").addObject().put("yAxis", value).put("name", name);
    }

    /** Shades each breach of these terms; a missing side in grey, the others in red. */
    private static void shade(ObjectNode series, JsonNode r, Set<String> terms) {
        ObjectNode area = series.putObject("markArea").put("silent", true);
        ArrayNode data = area.putArray("data");
        for (JsonNode b : r.path("breaches")) {
            String term = b.path("term").asText();
            if (!terms.contains(term)) {
                continue;
            }
            ArrayNode pair = data.addArray();
            ObjectNode start = pair.addObject().put("xAxis", b.path("from").asText()).put("name", words(term));
            start.putObject("itemStyle").put("color", term.equals("PRESENCE") ? MISSING : BREACH);
            start.putObject("label").put("show", false);
            pair.addObject().put("xAxis", b.path("to").asText());
        }
    }

    static String words(String term) {
        return switch (term) {
            case "SPREAD" -> "spread too wide";
            case "DEPTH" -> "depth too thin";
            case "PRESENCE" -> "no bid or no ask";
            default -> term.toLowerCase(java.util.Locale.ROOT);
        };
    }

    static ObjectNode orderToTrade(JsonNode r) {
        ObjectNode o = base("Order-to-trade ratio per hour (RTS 9, by count: orders per fill, less one; UTC)");
        o.putObject("xAxis").put("type", "time");
        // Each on its own axis: a quoting market maker's ratio is tens, the crowd's a fraction.
        ArrayNode y = o.putArray("yAxis");
        y.addObject().put("type", "value").put("name", "market maker");
        y.addObject().put("type", "value").put("name", "everyone else");
        ArrayNode series = o.putArray("series");
        for (String group : List.of("marketMaker", "others")) {
            ArrayNode data = series.addObject().put("name", group.equals("marketMaker") ? "market maker (left axis)"
                    : "everyone else (right axis)").put("type", "line").put("step", "end").put("showSymbol", false)
                    .put("yAxisIndex", group.equals("marketMaker") ? 0 : 1).putArray("data");
            for (JsonNode h : r.path("hourly")) {
                JsonNode g = h.path(group);
                long trades = g.path("transactions").asLong();
                ArrayNode point = data.addArray().add(h.path("hour").asText());
                if (trades == 0) {
                    point.add("-");
                } else {
                    point.add(BigDecimal.valueOf(g.path("orders").asLong())
                            .divide(BigDecimal.valueOf(trades), 2, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                            .toPlainString());
                }
            }
        }
        return o;
    }

    static ObjectNode fillRates(JsonNode r) {
        ObjectNode o = base("Share of each order size filled");
        Set<String> sizes = new LinkedHashSet<>();
        for (String group : List.of("marketMaker", "others")) {
            r.path(group).path("fillRateBySize").forEach(b -> sizes.add(b.path("size").asText()));
        }
        List<String> ordered = new ArrayList<>(sizes);
        ordered.sort(java.util.Comparator.comparingDouble(OrderBookCharts::lower));
        ObjectNode x = o.putObject("xAxis").put("type", "category");
        x.putObject("axisLabel").put("interval", 0);
        ArrayNode labels = x.putArray("data");
        ordered.forEach(size -> labels.add(sizeInWords(size)));
        o.putArray("yAxis").addObject().put("type", "value").put("name", "share of the quantity filled (1: all)")
                .put("max", 1);
        ArrayNode series = o.putArray("series");
        for (String group : List.of("marketMaker", "others")) {
            ArrayNode data = series.addObject().put("name", group.equals("marketMaker") ? "market maker" : "everyone else")
                    .put("type", "bar").putArray("data");
            for (String size : ordered) {
                String rate = "-";
                for (JsonNode b : r.path(group).path("fillRateBySize")) {
                    if (b.path("size").asText().equals(size)) {
                        rate = b.path("fillRate").asText();
                    }
                }
                data.add(rate);
            }
        }
        return o;
    }

    /** "100000-1000000" as "100,000 to 1,000,000"; "<1" as "below 1". */
    static String sizeInWords(String size) {
        if (size.startsWith("<")) {
            return "below " + size.substring(1);
        }
        if (size.startsWith(">=")) {
            return Figures.value("qty", size.substring(2)) + " and more";
        }
        String[] ends = size.split("-");
        return Figures.value("qty", ends[0]) + " to " + Figures.value("qty", ends[1]);
    }

    private static double lower(String size) {
        if (size.startsWith("<")) {
            return -1;
        }
        return Double.parseDouble(size.replace(">=", "").split("-")[0]);
    }

    /** The first episodes, each as its own small chart. */
    static List<ObjectNode> episodes(JsonNode r) {
        List<ObjectNode> out = new ArrayList<>();
        int n = 0;
        for (JsonNode p : r.path("pictures")) {
            if (n++ == PICTURES) {
                break;
            }
            JsonNode fill = p.path("fill");
            ObjectNode o = base("Episode " + n + ": " + (fill.path("side").asText().equals("BUY") ? "bought " : "sold ")
                    + Figures.value("qty", fill.path("qty").asText()) + " (trade " + p.path("fillTradeId").asText()
                    + "), " + p.path("orders").size() + (p.path("orders").size() == 1 ? " order" : " orders")
                    + " on the other side");
            o.putObject("tooltip").put("trigger", "item");
            StringBuilder sizes = new StringBuilder();
            for (JsonNode order : p.path("orders")) {
                sizes.append(sizes.isEmpty() ? "" : ", ").append(Figures.value("qty", order.path("qty").asText()));
            }
            ((ObjectNode) o.get("title")).put("subtext", "red bars: orders of " + sizes + " from placed to cancelled;"
                    + " blue diamond: the fill (UTC)");
            o.putObject("grid").put("left", 70).put("right", 20).put("top", 60).put("bottom", 30);
            ObjectNode axis = o.putObject("xAxis").put("type", "time").put("splitNumber", 3);
            axis.putObject("axisLabel").put("hideOverlap", true).put("formatter", "{HH}:{mm}:{ss}");
            o.putArray("yAxis").addObject().put("type", "value").put("name", "price").put("scale", true);
            ArrayNode series = o.putArray("series");
            for (JsonNode order : p.path("orders")) {
                ObjectNode s = series.addObject().put("name", "order " + order.path("orderId").asText() + ", "
                        + Figures.value("qty", order.path("qty").asText()) + " placed and cancelled").put("type", "line")
                        .put("showSymbol", true).put("symbolSize", 4);
                s.putObject("lineStyle").put("width", 6).put("color", "#c0392b");
                s.putObject("itemStyle").put("color", "#c0392b");
                ArrayNode d = s.putArray("data");
                d.addArray().add(order.path("placed").asText()).add(order.path("price").asText());
                d.addArray().add(order.path("cancelled").asText()).add(order.path("price").asText());
            }
            ObjectNode f = series.addObject().put("name", "the fill").put("type", "scatter").put("symbol", "diamond")
                    .put("symbolSize", 14);
            f.putObject("itemStyle").put("color", "#2471a3");
            f.putArray("data").addArray().add(fill.path("time").asText()).add(fill.path("price").asText());
            o.putObject("legend").put("show", false);
            out.add(o);
        }
        return out;
    }
}
