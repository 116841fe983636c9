package org.glassbox.ui.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.analysis.methods.Figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/**
 * The order-book methods' findings as tables beside their charts: K1 every breach and each day's
 * compliance, S1 the market maker's figures beside everyone else's, S2 every episode and the sensitivity
 * table. Times to the second, in UTC; shares as percentages.
 */
final class OrderBookFindings {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** Breaches begin and end at an event: to the millisecond, as the order events have them. */
    private static final DateTimeFormatter MILLI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    record Breach(String term, String from, String to, String length) {
    }

    record Day(String date, String assessed, String presence, String spread, String depth, String held) {
    }

    record Figure(String figure, String marketMaker, String others) {
    }

    record Episode(int index, String from, String to, String account, String fillTradeId, String orders) {
    }

    record Sensitivity(String k, String episodes, String orders, String marketMaker) {
    }

    private OrderBookFindings() {
    }

    static List<Component> of(String method, JsonNode r) {
        return switch (method) {
            case "K1" -> kpi(r);
            case "S1" -> behaviour(r);
            case "S2" -> spoofing(r);
            default -> List.of();
        };
    }

    static String time(String iso) {
        return iso == null || iso.isEmpty() || iso.equals("null") ? "-" : SECOND.format(Instant.parse(iso));
    }

    /** A span as hours, minutes and seconds to the millisecond: "1 h 11 min 0.4 s", "38 min 0.912 s". */
    static String length(String from, String to) {
        Duration d = Duration.between(Instant.parse(from), Instant.parse(to));
        long s = d.getSeconds();
        String seconds = java.math.BigDecimal.valueOf((s % 60) * 1000 + d.toMillisPart(), 3).stripTrailingZeros()
                .toPlainString() + " s";
        return (s >= 3600 ? s / 3600 + " h " : "") + (s >= 60 ? (s % 3600) / 60 + " min " : "") + seconds;
    }

    static String milli(String iso) {
        return iso == null || iso.isEmpty() || iso.equals("null") ? "-" : MILLI.format(Instant.parse(iso));
    }

    private static String percent(JsonNode v) {
        return v == null || v.isNull() ? "-" : Figures.value("share", v.asText());
    }

    private static List<Component> kpi(JsonNode r) {
        List<Breach> breaches = new ArrayList<>();
        for (JsonNode b : r.path("breaches")) {
            breaches.add(new Breach(OrderBookCharts.words(b.path("term").asText()), milli(b.path("from").asText()),
                    milli(b.path("to").asText()), length(b.path("from").asText(), b.path("to").asText())));
        }
        Grid<Breach> g = grid(Breach.class, "kpi-breaches");
        g.addColumn(Breach::term).setHeader("Breach").setAutoWidth(true);
        g.addColumn(Breach::from).setHeader("From").setAutoWidth(true);
        g.addColumn(Breach::to).setHeader("Until").setAutoWidth(true);
        g.addColumn(Breach::length).setHeader("For").setAutoWidth(true);
        g.setItems(breaches);
        if (breaches.size() <= 20) {
            g.setAllRowsVisible(true);
        } else {
            g.setHeight("24em");
        }
        List<Day> days = new ArrayList<>();
        for (JsonNode d : r.path("daily")) {
            java.math.BigDecimal hours = new java.math.BigDecimal(d.path("assessedSeconds").asText("0"))
                    .divide(java.math.BigDecimal.valueOf(3600), 1, java.math.RoundingMode.HALF_EVEN);
            days.add(new Day(d.path("date").asText(), hours.toPlainString() + " h", percent(d.get("presence")),
                    percent(d.get("spread")), percent(d.get("depth")), d.path("presenceHeld").asBoolean() ? "held"
                            : "missed"));
        }
        Grid<Day> daily = grid(Day.class, "kpi-daily");
        daily.addColumn(Day::date).setHeader("Day (UTC)").setAutoWidth(true);
        daily.addColumn(Day::assessed).setHeader("Assessed").setAutoWidth(true);
        daily.addColumn(Day::presence).setHeader("Both sides quoted").setAutoWidth(true);
        daily.addColumn(Day::spread).setHeader("Spread within the term*").setAutoWidth(true);
        daily.addColumn(Day::depth).setHeader("Depth within the term*").setAutoWidth(true);
        daily.addColumn(Day::held).setHeader("Presence term (" + r.path("terms").path("minPresencePct").asText() + " %)")
                .setAutoWidth(true);
        daily.setItems(days);
        daily.setAllRowsVisible(true);
        Span note = new Span("* of the time both sides were quoted: while a side is missing only presence is judged."
                + " A day is assessed where the agreement's period and the order events overlap.");
        note.addClassName("gb-muted");
        return List.of(new H4("Breaches (" + breaches.size() + "), assessed " + time(r.path("assessed").path("from")
                .asText()) + " to " + time(r.path("assessed").path("to").asText()) + ", the agreement's period within"
                + " the order events"), g, new H4("Each day"), daily, note);
    }

    private static List<Component> behaviour(JsonNode r) {
        JsonNode mm = r.path("marketMaker");
        JsonNode others = r.path("others");
        List<Figure> rows = new ArrayList<>();
        String[][] figures = {{"orders", "orders sent (new, replaced, cancelled)"}, {"newOrders", "new orders"},
            {"transactions", "fills"}, {"orderToTradeCount", "order-to-trade ratio by count"},
            {"orderToTradeVolume", "order-to-trade ratio by volume"}, {"cancelRatio", "share of new orders cancelled"},
            {"quickCancelShare", "share cancelled within " + Figures.readable(r.path("quickCancel").asText("PT2S"))},
            {"lifetimeMedianSeconds", "median order life (seconds)"}, {"lifetimeP90Seconds", "90th percentile life (seconds)"},
            {"distanceMedianBps", "median distance from its side's best price (bps; below 0: better than it)"},
            {"atOrInsideBestShare", "share placed at or inside the best price"},
            {"messagesPerSecond", "messages a second"}, {"peakMessagesPerSecond", "most messages in one second"}};
        for (String[] f : figures) {
            rows.add(new Figure(f[1], value(f[0], mm.get(f[0])), value(f[0], others.get(f[0]))));
        }
        Grid<Figure> g = grid(Figure.class, "order-behaviour");
        g.addColumn(Figure::figure).setHeader("Figure").setFlexGrow(2);
        g.addColumn(Figure::marketMaker).setHeader("Market maker").setAutoWidth(true);
        g.addColumn(Figure::others).setHeader("Everyone else").setAutoWidth(true);
        g.setItems(rows);
        g.setAllRowsVisible(true);
        return List.of(new H4("The market maker against everyone else"), g);
    }

    private static String value(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return "-";
        }
        if (key.equals("cancelRatio")) {
            return Figures.value("share", v.asText());
        }
        if (key.startsWith("orderToTrade")) {
            return Figures.value(key, new java.math.BigDecimal(v.asText()).setScale(2, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString());
        }
        return Figures.value(key, v.asText());
    }

    private static List<Component> spoofing(JsonNode r) {
        List<Episode> rows = new ArrayList<>();
        for (JsonNode e : r.path("episodes")) {
            List<String> ids = new ArrayList<>();
            e.path("spoofOrderIds").forEach(n -> ids.add(n.asText()));
            rows.add(new Episode(rows.size() + 1, time(e.path("from").asText()), time(e.path("to").asText()),
                    e.path("account").asText(), e.path("fillTradeId").asText(), String.join(", ", ids)));
        }
        Grid<Episode> g = grid(Episode.class, "spoofing-episodes");
        g.addColumn(Episode::index).setHeader("#").setWidth("5em").setFlexGrow(0);
        g.addColumn(Episode::from).setHeader("From").setAutoWidth(true);
        g.addColumn(Episode::to).setHeader("Until").setAutoWidth(true);
        g.addColumn(Episode::account).setHeader("Filled account").setAutoWidth(true);
        g.addColumn(Episode::fillTradeId).setHeader("Fill (trade)").setAutoWidth(true);
        g.addColumn(Episode::orders).setHeader("Orders placed and cancelled").setFlexGrow(2);
        g.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setItems(rows);
        if (rows.size() <= 50) {
            g.setAllRowsVisible(true);
        } else {
            g.setHeight("30em");
        }
        List<Sensitivity> table = new ArrayList<>();
        for (JsonNode s : r.path("sensitivity")) {
            table.add(new Sensitivity(s.path("thresholds").path("k").asText() + " times the fill",
                    s.path("count").asText(), s.path("orders").asText(), s.path("marketMakerCount").asText()));
        }
        Grid<Sensitivity> t = grid(Sensitivity.class, "spoofing-sensitivity");
        t.addColumn(Sensitivity::k).setHeader("Orders on the other side at least").setAutoWidth(true);
        t.addColumn(Sensitivity::episodes).setHeader("Episodes").setAutoWidth(true);
        t.addColumn(Sensitivity::orders).setHeader("Orders").setAutoWidth(true);
        t.addColumn(Sensitivity::marketMaker).setHeader("Episodes of the market maker").setAutoWidth(true);
        t.setItems(table);
        t.setAllRowsVisible(true);
        return List.of(new H4("Episodes (" + rows.size() + ")"), g, new H4("Sensitivity"), t);
    }

    private static <T> Grid<T> grid(Class<T> type, String id) {
        Grid<T> g = new Grid<>(type, false);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setId(id);
        g.setWidthFull();
        return g;
    }
}
