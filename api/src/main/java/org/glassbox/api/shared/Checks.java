package org.glassbox.api.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Guards for message constructors: a command that exists is well-formed, whatever path built it.
 * Failures are {@link InvalidField}s naming the field, which the web layer turns into a
 * field-by-field problem report.
 */
public final class Checks {
    private Checks() {
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Whether the text has the form of the ids Glassbox gives its cases, freezes, items, notices and runs
     * (a UUID, lower case): anything else names nothing, and is never searched for.
     */
    public static boolean isId(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    /**
     * A text a client sent, fit to repeat in a message or a log line: control characters shown as '?',
     * cut after {@code maxLength} characters.
     */
    public static String shown(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > maxLength ? value.substring(0, maxLength) + "..." : value;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidField(field, "must be at most " + maxLength + " characters");
        }
        refuseControlCharacters(field, value);
        return value;
    }

    /**
     * Texts hold no control characters: a NUL byte or an escape sequence in a case file is an attack or a
     * mistake, never content. Line breaks and tabs are text.
     */
    static void refuseControlCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
                throw new InvalidField(field, "must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + ")");
            }
        }
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidField(field, "must be at most " + maxLength + " characters");
        }
        if (value != null) {
            refuseControlCharacters(field, value);
        }
        return value == null || value.isBlank() ? null : value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidField(field, "must be given");
        }
        return value;
    }

    /** A non-empty, duplicate-free list of non-blank strings, kept in the order given. */
    public static List<String> texts(String field, Collection<String> values, int maxItems, int maxLength) {
        if (values == null || values.isEmpty()) {
            throw new InvalidField(field, "must name at least one");
        }
        if (values.size() > maxItems) {
            throw new InvalidField(field, "must name at most " + maxItems);
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            text(field + " entry", v, maxLength);
            if (!seen.add(v)) {
                throw new InvalidField(field, "names '" + v + "' twice");
            }
        }
        return List.copyOf(values);
    }

    public static <T> Set<T> nonEmpty(String field, Collection<T> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidField(field, "must name at least one");
        }
        return Set.copyOf(values);
    }
}
