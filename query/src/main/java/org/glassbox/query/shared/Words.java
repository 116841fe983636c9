package org.glassbox.query.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns enum constants into the words a person reads: WASH_TRADING -> "wash trading". */
public final class Words {
    private Words() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : ofCode(value.name());
    }

    /** A code kept as text in words: "INTEGRITY_FAILED" -> "integrity failed". */
    public static String ofCode(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT).replace('_', ' ').replace("kpi", "KPI");
    }

    public static String capitalised(Enum<?> value) {
        String words = of(value);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** A moment as people read it, the way the rest of Glassbox writes it: 2027-03-01 00:00 UTC. */
    public static String of(java.time.Instant moment) {
        return moment == null ? "" : UTC.format(moment);
    }

    /** A type name in words, for an event no sentence knows yet: "ChainCheckpointSigned" -> "chain checkpoint signed". */
    public static String ofTypeName(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A count with its noun in the right number: "1 account", "3 accounts", "0 accounts". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Names as a person lists them: "a", "a and b", "a, b and c". */
    public static String and(java.util.List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static final java.time.format.DateTimeFormatter UTC_SECONDS = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** The same, to the second, where events minutes apart must be told apart: 2027-03-01 00:00:07 UTC. */
    public static String precise(java.time.Instant moment) {
        return moment == null ? "" : UTC_SECONDS.format(moment);
    }

    public static String list(Collection<? extends Enum<?>> values) {
        return values.stream().map(Words::of).sorted().collect(Collectors.joining(", "));
    }
}
