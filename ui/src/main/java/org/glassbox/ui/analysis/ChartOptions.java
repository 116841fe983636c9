package org.glassbox.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The chart each method's result is best seen as, as an ECharts option: D1 the price path with the
 * market maker's sells marked and its net position; W4 the daily shares; W5 the first digits against
 * Benford's curve; the detectors how many trades each threshold of their sensitivity table flags.
 */
final class ChartOptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartOptions() {
    }

    static Optional<String> of(String method, JsonNode result) {
        return all(method, result).stream().findFirst();
    }

    /** Every chart of the result, the main one first. */
    static List<String> all(String method, JsonNode result) {
        List<ObjectNode> options = new ArrayList<>();
        switch (method) {
            case "D1" -> options.add(dump(result));
            case "W4" -> options.add(participation(result));
            case "W5" -> options.add(digits(result));
            case "W1", "W2", "W3" -> options.add(sensitivity(method, result));
            case "K1" -> {
                options.add(OrderBookCharts.spread(result));
                options.add(OrderBookCharts.depth(result));
            }
            case "S1" -> {
                options.add(OrderBookCharts.orderToTrade(result));
                options.add(OrderBookCharts.fillRates(result));
            }
            case "S2" -> {
                options.add(sensitivity(method, result));
                options.addAll(OrderBookCharts.episodes(result));
            }
            default -> {
            }
        }
        return options.stream().map(ObjectNode::toString).toList();
    }

    static ObjectNode base(String title) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("title").put("text", title).put("left", "center").putObject("textStyle").put("fontSize", 14);
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("legend").put("bottom", 0);
        o.putObject("grid").put("left", 80).put("right", 100).put("top", 40).put("bottom", 70);
        return o;
    }

    static ObjectNode dump(JsonNode r) {
        ObjectNode o = base("Price and the market maker's position, "
                + org.glassbox.analysis.methods.Figures.readable(r.path("window").path("from").asText()) + " to "
                + org.glassbox.analysis.methods.Figures.readable(r.path("window").path("to").asText()));
        o.putObject("xAxis").put("type", "time");
        ArrayNode y = o.putArray("yAxis");
        y.addObject().put("type", "value").put("name", "price").put("scale", true);
        y.addObject().put("type", "value").put("name", "net position");
        ArrayNode series = o.putArray("series");
        ObjectNode price = series.addObject().put("name", "price (close)").put("type", "line").put("showSymbol", false);
        ObjectNode sells = series.addObject().put("name", "market maker's sells").put("type", "scatter")
                .put("symbolSize", 5);
        sells.putObject("itemStyle").put("color", "#c0392b");
        ObjectNode position = series.addObject().put("name", "net position").put("type", "line").put("yAxisIndex", 1)
                .put("showSymbol", false).put("step", "end");
        position.putObject("areaStyle").put("opacity", 0.15);
        ArrayNode p = price.putArray("data");
        ArrayNode s = sells.putArray("data");
        ArrayNode n = position.putArray("data");
        for (JsonNode b : r.path("pricePath")) {
            String t = b.path("t").asText();
            p.addArray().add(t).add(b.path("close").asText());
            if (!b.path("marketMakerSold").asText("0").matches("0(\\.0*)?")) {
                s.addArray().add(t).add(b.path("close").asText());
            }
            n.addArray().add(t).add(b.path("netPosition").asText());
        }
        return o;
    }

    static ObjectNode participation(JsonNode r) {
        ObjectNode o = base("Market maker's share per day");
        ArrayNode days = o.putObject("xAxis").put("type", "category").putArray("data");
        o.putArray("yAxis").addObject().put("type", "value").put("name", "share").put("max", 1);
        ArrayNode series = o.putArray("series");
        ArrayNode volume = series.addObject().put("name", "share of volume").put("type", "bar").putArray("data");
        ArrayNode trades = series.addObject().put("name", "share of trades").put("type", "bar").putArray("data");
        ArrayNode internal = series.addObject().put("name", "internal volume (W1-W3)").put("type", "bar")
                .putArray("data");
        for (JsonNode d : r.path("days")) {
            days.add(d.path("day").asText());
            volume.add(d.path("shareOfVolume").asText());
            trades.add(d.path("shareOfTrades").asText());
            internal.add(d.path("internalShareOfVolume").asText());
        }
        return o;
    }

    static ObjectNode digits(JsonNode r) {
        ObjectNode o = base("First digits of trade sizes against Benford's law");
        ArrayNode x = o.putObject("xAxis").put("type", "category").putArray("data");
        for (int d = 1; d <= 9; d++) {
            x.add(Integer.toString(d));
        }
        o.putArray("yAxis").addObject().put("type", "value").put("name", "share of trades");
        ArrayNode series = o.putArray("series");
        for (String group : new String[] {"marketMaker", "others", "market"}) {
            JsonNode g = r.path(group);
            if (g.isMissingNode()) {
                continue;
            }
            long n = Math.max(1, g.path("trades").asLong());
            ArrayNode data = series.addObject().put("name", switch (group) {
                case "marketMaker" -> "market maker";
                case "others" -> "everyone else";
                default -> "the market";
            }).put("type", "bar").putArray("data");
            g.path("firstDigits").forEach(c -> data.add(c.asDouble() / n));
        }
        ArrayNode expected = series.addObject().put("name", "Benford").put("type", "line").put("smooth", true)
                .putArray("data");
        r.path("benford").forEach(v -> expected.add(v.asText()));
        return o;
    }

    static ObjectNode sensitivity(String method, JsonNode r) {
        boolean episodes = method.equals("S2");
        ObjectNode o = base(episodes ? "Spoofing episodes and their orders at each threshold"
                : method + ": trades flagged at each threshold");
        ObjectNode axis = o.putObject("xAxis").put("type", "category");
        // Every threshold labelled, one setting a line, rather than ECharts thinning the labels out.
        axis.putObject("axisLabel").put("interval", 0);
        ArrayNode x = axis.putArray("data");
        o.putArray("yAxis").addObject().put("type", "value").put("name", episodes ? "episodes" : "trades");
        ArrayNode data = o.putArray("series").addObject().put("name", episodes ? "episodes" : "flagged trades")
                .put("type", "bar").putArray("data");
        ArrayNode orders = episodes ? o.withArray("series").addObject().put("name", "orders placed and cancelled")
                .put("type", "bar").putArray("data") : null;
        for (JsonNode row : r.path("sensitivity")) {
            StringBuilder label = new StringBuilder();
            if (episodes) {
                // only k varies; the windows are the run's and the table beside says them
                label.append("orders of at least ").append(row.path("thresholds").path("k").asText()).append(" x the fill");
                orders.add(row.path("orders").asLong());
            } else {
                row.path("thresholds").properties().forEach(e -> label.append(label.isEmpty() ? "" : "\n")
                        .append(e.getKey()).append(' ')
                        .append(org.glassbox.analysis.methods.Figures.value(e.getKey(), e.getValue().asText())));
            }
            x.add(label.toString());
            data.add(row.path("count").asLong());
        }
        return o;
    }
}
