package org.glassbox.analysis.methods;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The few figures of a result that lists, timelines and notices show; the result holds the rest. */
public final class Headlines {
    private static final Map<String, List<String>> FIGURES = Map.of(
            "W1", List.of("count", "volume", "share"),
            "W2", List.of("count", "pairs", "volume", "share"),
            "W3", List.of("count", "volume", "share"),
            "D1", List.of("soldQty", "boughtQty", "buyOrders", "proceeds", "sellShare", "profitRank"));

    private Headlines() {
    }

    public static Map<String, String> of(String method, JsonNode result) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIGURES.getOrDefault(method, List.of())) {
            JsonNode v = result.get(f);
            if (v != null && !v.isNull()) {
                out.put(f, v.asText());
            }
        }
        switch (method) {
            case "W3" -> out.put("cycles", Integer.toString(result.path("cycles").size()));
            case "W4" -> {
                out.put("shareOfVolume", result.path("total").path("shareOfVolume").asText());
                out.put("shareOfTrades", result.path("total").path("shareOfTrades").asText());
                out.put("internalShareOfVolume", result.path("total").path("internalShareOfVolume").asText());
                out.put("days", Integer.toString(result.path("days").size()));
            }
            case "W5" -> {
                JsonNode g = result.has("marketMaker") ? result.get("marketMaker") : result.path("market");
                out.put("firstDigitConformity", g.path("conclusion").asText());
                out.put("roundShare", g.path("roundShare").asText());
                out.put("roundShareTest", result.path("roundShareTest").path("conclusion").asText());
            }
            case "S1" -> {
                JsonNode mm = result.path("marketMaker");
                out.put("orderToTradeCount", mm.path("orderToTradeCount").asText("-"));
                out.put("othersOrderToTradeCount", result.path("others").path("orderToTradeCount").asText("-"));
                out.put("cancelShare", mm.path("cancelRatio").asText("-"));
                out.put("quickCancelShare", mm.path("quickCancelShare").asText("-"));
            }
            case "S2" -> {
                out.put("episodes", result.path("count").asText());
                out.put("marketMakerEpisodes", result.path("marketMakerCount").asText());
                out.put("spoofOrders", result.path("orders").asText());
            }
            case "K1" -> {
                out.put("breaches", result.path("count").asText());
                for (String term : List.of("SPREAD", "DEPTH", "PRESENCE")) {
                    out.put(term.toLowerCase(java.util.Locale.ROOT) + "BreachMinutes", new java.math.BigDecimal(
                            result.path("breachSeconds").path(term).asText("0")).divide(java.math.BigDecimal.valueOf(60),
                                    1, java.math.RoundingMode.HALF_EVEN).toPlainString());
                }
                out.put("daysPresenceMissed", result.path("daysPresenceMissed").asText());
            }
            case "D1" -> {
                out.put("from", result.path("window").path("from").asText());
                out.put("to", result.path("window").path("to").asText());
            }
            default -> {
            }
        }
        return out;
    }
}
