package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.glassbox.api.shared.InvalidField;

/**
 * One parameter of a method: its name, its type, its default (null: none, the method works it out from the
 * data and prints what it used), its bounds and what it means. Values travel as canonical text: a
 * duration as ISO-8601 (PT1S), a decimal as plain digits (0.01), an integer as digits, an instant as
 * ISO-8601 UTC, a symbol in capitals.
 */
public record Parameter(String name, Type type, String defaultValue, String min, String max, String description) {

    public enum Type { DURATION, DECIMAL, INTEGER, INSTANT, SYMBOL }

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,20}(\\.\\d{1,18})?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    /** The value checked and in its canonical form; names the parameter on any problem. */
    public String canonical(String value) {
        String field = "parameters." + name;
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        String canonical = switch (type) {
            case DURATION -> {
                Duration d = parse(field, value, Duration::parse, "an ISO-8601 duration such as PT1S or PT1H");
                if (d.isNegative() || d.isZero()) {
                    throw new InvalidField(field, "must be longer than zero");
                }
                if (d.compareTo(Duration.ofDays(3660)) > 0) {
                    throw new InvalidField(field, "must be at most ten years");
                }
                if (d.getNano() % 1000 != 0) {
                    throw new InvalidField(field, "must be whole microseconds");
                }
                yield d.toString();
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(value).matches()) {
                    throw new InvalidField(field, "must be a plain decimal number such as 0.01");
                }
                yield new BigDecimal(value).stripTrailingZeros().toPlainString();
            }
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches()) {
                    throw new InvalidField(field, "must be a whole number");
                }
                yield Long.toString(Long.parseLong(value));
            }
            case INSTANT -> {
                Instant i = parse(field, value, Instant::parse, "an ISO-8601 UTC instant such as 2025-03-07T10:00:00Z");
                if (i.isBefore(Instant.EPOCH) || i.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                    throw new InvalidField(field, "must be between 1970 and 9999");
                }
                if (i.getNano() % 1000 != 0) {
                    throw new InvalidField(field, "must be whole microseconds");
                }
                yield i.toString();
            }
            case SYMBOL -> {
                if (!SYMBOL.matcher(value).matches()) {
                    throw new InvalidField(field, "must be a symbol such as GPSUSDT");
                }
                yield value;
            }
        };
        if (min != null && compare(canonical, min) < 0) {
            throw new InvalidField(field, "must be at least " + min);
        }
        if (max != null && compare(canonical, max) > 0) {
            throw new InvalidField(field, "must be at most " + max);
        }
        return canonical;
    }

    private int compare(String a, String b) {
        return switch (type) {
            case DURATION -> Duration.parse(a).compareTo(Duration.parse(b));
            case DECIMAL, INTEGER -> new BigDecimal(a).compareTo(new BigDecimal(b));
            case INSTANT -> Instant.parse(a).compareTo(Instant.parse(b));
            case SYMBOL -> a.compareTo(b);
        };
    }

    private static <T> T parse(String field, String value, java.util.function.Function<String, T> parser, String form) {
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidField(field, "must be " + form);
        }
    }

    static Parameter symbol() {
        return new Parameter("symbol", Type.SYMBOL, null, null, null,
                "The market to analyse; by default the one symbol the trade files hold.");
    }
}
