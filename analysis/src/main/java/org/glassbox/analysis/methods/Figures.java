package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Headline figures as people read them: a label in words for each, quantities with thousands separators
 * (every digit kept), shares as percentages. For screens and notices; results keep their exact form.
 */
public final class Figures {
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("count", "trades flagged"),
            Map.entry("pairs", "round trips"), Map.entry("cycles", "rings"), Map.entry("volume", "volume flagged"),
            Map.entry("share", "share of volume"), Map.entry("soldQty", "sold"), Map.entry("boughtQty", "bought"),
            Map.entry("buyOrders", "buy orders placed"), Map.entry("proceeds", "proceeds of the sales"),
            Map.entry("sellShare", "share of all quantity traded"), Map.entry("profitRank", "rank by profit"),
            Map.entry("from", "from"), Map.entry("to", "until"), Map.entry("shareOfVolume", "share of volume"),
            Map.entry("shareOfTrades", "share of trades"), Map.entry("internalShareOfVolume", "internal volume share"),
            Map.entry("days", "days"), Map.entry("firstDigitConformity", "first digits against Benford"),
            Map.entry("roundShare", "round sizes"), Map.entry("roundShareTest", "round sizes against everyone else"),
            Map.entry("buyOrdersFrom", "buy orders counted from"), Map.entry("netQuoteFlow", "net quote received"),
            Map.entry("owners", "owners trading"), Map.entry("trades", "trades in the window"),
            Map.entry("totalQty", "quantity traded in the window"), Map.entry("sells", "sales to others"),
            Map.entry("minSample", "minimum sample"), Map.entry("marketTrades", "trades in the market"),
            Map.entry("marketVolume", "volume of the market"), Map.entry("marketMakerCount", "of them the market maker's"),
            Map.entry("marketMakerVolume", "the market maker's volume flagged"), Map.entry("ringAccounts", "accounts in rings"),
            Map.entry("ringLinks", "seller-to-buyer links in rings"),
            Map.entry("orderToTradeCount", "the market maker's order-to-trade ratio (RTS 9, by count)"),
            Map.entry("othersOrderToTradeCount", "everyone else's order-to-trade ratio"),
            Map.entry("cancelShare", "share of the market maker's orders cancelled"),
            Map.entry("quickCancelShare", "share of its orders cancelled quickly (see the quick cancel parameter)"),
            Map.entry("episodes", "spoofing episodes"), Map.entry("marketMakerEpisodes", "of them the market maker's"),
            Map.entry("spoofOrders", "orders placed and cancelled around fills"),
            Map.entry("breaches", "KPI breaches"), Map.entry("spreadBreachMinutes", "minutes the spread was too wide"),
            Map.entry("depthBreachMinutes", "minutes the depth was too thin"),
            Map.entry("presenceBreachMinutes", "minutes without both a bid and an ask"),
            Map.entry("daysPresenceMissed", "days below the presence term"));

    private Figures() {
    }

    public static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    /** The figure's value as people read it. */
    public static String value(String key, String value) {
        if (value == null) {
            return "-";
        }
        if (key.toLowerCase(Locale.ROOT).contains("share") && value.matches("\\d+\\.\\d+")) {
            return new BigDecimal(value).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
        }
        if (value.matches("\\d+(\\.\\d+)?")) {
            BigDecimal d = new BigDecimal(value);
            if (key.equals("proceeds") || key.equals("netQuoteFlow")) {
                d = d.setScale(2, RoundingMode.HALF_EVEN);
            }
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setMaximumFractionDigits(Math.max(0, d.scale()));
            f.setMinimumFractionDigits(Math.max(0, d.scale()));
            return f.format(d);
        }
        return value.matches("[A-Z_]+") ? value.replace('_', ' ').toLowerCase(Locale.ROOT) : readable(value);
    }

    /** A parameter's or a time's value as people read it: "5 seconds", "2025-03-07 10:00 UTC", else as given. */
    public static String readable(String value) {
        if (value == null) {
            return "-";
        }
        if (value.startsWith("PT") || value.startsWith("P")) {
            try {
                java.time.Duration d = java.time.Duration.parse(value);
                long s = d.getSeconds();
                if (d.getNano() == 0 && s > 0) {
                    return s % 86400 == 0 ? plural(s / 86400, "day") : s % 3600 == 0 ? plural(s / 3600, "hour")
                            : s % 60 == 0 ? plural(s / 60, "minute") : plural(s, "second");
                }
                return d.toMillis() + " ms";
            } catch (java.time.format.DateTimeParseException notADuration) {
                return value;
            }
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            try {
                return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(value));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                return value;
            }
        }
        return value;
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A parameter's name as a label: quickCancel reads "quick cancel", k stays k. */
    public static String parameterName(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Every figure of a headline in words, in its order. */
    public static Map<String, String> inWords(Map<String, String> headline) {
        Map<String, String> out = new LinkedHashMap<>();
        headline.forEach((k, v) -> out.put(label(k), value(k, v)));
        return out;
    }
}
