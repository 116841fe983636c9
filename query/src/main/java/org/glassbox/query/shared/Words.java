package org.glassbox.query.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns enum constants into the words a person reads: WASH_TRADING -> "wash trading". */
public final class Words {
    private Words() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("kpi", "KPI");
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

    public static String list(Collection<? extends Enum<?>> values) {
        return values.stream().map(Words::of).sorted().collect(Collectors.joining(", "));
    }
}
