package org.glassbox.analysis.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one value against its column's type and says what is wrong in words, or null if nothing is.
 * Decimals are checked character by character (never parsed into a double): digits, at most one point,
 * at most 18 decimal places and 38 digits in all, so that every accepted value is exact in DECIMAL(38, s).
 */
final class Fields {
    static final int MAX_SCALE = 18;
    static final int MAX_DIGITS = 38;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    private static final Pattern ISO_INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> SIDES = Set.of("BUY", "SELL");
    private static final Set<String> ORDER_EVENTS = Set.of("NEW", "CANCEL", "PARTIAL_CANCEL", "REPLACE", "FILL",
            "PARTIAL_FILL", "EXPIRE", "REJECT");

    private Fields() {
    }

    static String problem(FieldType type, String v) {
        return switch (type) {
            case ID -> ID.matcher(v).matches() ? null
                    : "'" + shown(v) + "' is not an identifier (1-128 letters, digits, '.', '_', ':', '-')";
            case ACCOUNT -> ACCOUNT.matcher(v).matches() ? null
                    : "'" + shown(v) + "' is not an account id (1-64 letters, digits, '.', '_', ':', '-')";
            case SYMBOL -> SYMBOL.matcher(v).matches() ? null
                    : "'" + shown(v) + "' is not a symbol (1-32 upper-case letters, digits, '.', '_', '-')";
            case TIME -> timeUnit(v) != null ? null
                    : "'" + shown(v) + "' is not a time (ISO-8601 UTC such as 2025-03-07T10:00:00.123Z, or epoch"
                            + " milliseconds with 13 digits or microseconds with 16)";
            case VALIDITY -> validity(v) != null ? null
                    : "'" + shown(v) + "' is not an ISO date (2025-03-07) or ISO-8601 UTC instant";
            case POSITIVE_DECIMAL -> decimalProblem(v, true);
            case DECIMAL -> decimalProblem(v, false);
            case SIDE -> SIDES.contains(v) ? null : "'" + shown(v) + "' is not BUY or SELL";
            case ORDER_EVENT -> ORDER_EVENTS.contains(v) ? null
                    : "'" + shown(v) + "' is not one of NEW, CANCEL, PARTIAL_CANCEL, REPLACE, FILL, PARTIAL_FILL,"
                            + " EXPIRE, REJECT";
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null : "'" + shown(v) + "' is not true or false";
            case PYTHON_BOOLEAN -> v.equals("True") || v.equals("False") ? null
                    : "'" + shown(v) + "' is not True or False";
            case TEXT -> v.length() <= 200 && v.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? null
                    : "is longer than 200 characters or holds control characters";
        };
    }

    /** The number of decimal places of a value that passed {@link #problem}. */
    static int scale(String v) {
        int point = v.indexOf('.');
        return point < 0 ? 0 : v.length() - point - 1;
    }

    /** ISO, MILLISECONDS or MICROSECONDS; null if the value is none of them. */
    static String timeUnit(String v) {
        if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return v.length() == 13 ? "MILLISECONDS" : v.length() == 16 ? "MICROSECONDS" : null;
        }
        if (ISO_INSTANT.matcher(v).matches()) {
            try {
                // Market data of this century and the last: a time before 1970 is a mistake, not a trade.
                return Instant.parse(v).isBefore(Instant.EPOCH) ? null : "ISO";
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** Microseconds since the epoch of a value that passed the TIME check. */
    static long epochMicros(String v, String unit) {
        return switch (unit) {
            case "MILLISECONDS" -> Long.parseLong(v) * 1000;
            case "MICROSECONDS" -> Long.parseLong(v);
            default -> org.glassbox.analysis.engine.Micros.of(Instant.parse(v));
        };
    }

    /** The instant a validity bound stands for; null if it is not one. */
    static Instant validity(String v) {
        try {
            Instant i = ISO_DATE.matcher(v).matches() ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : ISO_INSTANT.matcher(v).matches() ? Instant.parse(v) : null;
            return i == null || i.isBefore(Instant.EPOCH) ? null : i;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String decimalProblem(String v, boolean positive) {
        if (v.startsWith("-")) {
            return "'" + shown(v) + "' is negative";
        }
        int digits = 0;
        int point = -1;
        boolean nonZero = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' && point < 0 && i > 0 && i < v.length() - 1) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                digits++;
                nonZero |= c != '0';
            } else {
                return "'" + shown(v) + "' is not a plain decimal number (digits and one '.', no exponent,"
                        + " no spaces, no thousands separators)";
            }
        }
        if (digits == 0) {
            return "'" + shown(v) + "' is not a number";
        }
        int scale = point < 0 ? 0 : v.length() - point - 1;
        if (scale > MAX_SCALE || digits > MAX_DIGITS || digits - scale > MAX_DIGITS - MAX_SCALE) {
            return "'" + shown(v) + "' has more than " + MAX_SCALE + " decimal places or "
                    + (MAX_DIGITS - MAX_SCALE) + " integer digits";
        }
        if (positive && !nonZero) {
            return "must be greater than zero, not " + v;
        }
        return null;
    }

    /** A value as an error message may quote it: control characters replaced, long values cut. */
    static String shown(String v) {
        String s = v.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
