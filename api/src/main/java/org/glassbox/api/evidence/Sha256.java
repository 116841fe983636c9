package org.glassbox.api.evidence;

import java.util.HexFormat;
import java.util.regex.Pattern;

import org.glassbox.api.shared.InvalidField;

/** A SHA-256 digest as 64 lower-case hex characters: the identity of an evidence item's bytes. */
public record Sha256(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public static Sha256 of(byte[] digest) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
        }
        return new Sha256(HexFormat.of().formatHex(digest));
    }

    /** Checks a digest given as input (an API path or body). */
    public static Sha256 parse(String field, String text) {
        if (text == null || !HEX.matcher(text).matches()) {
            throw new InvalidField(field, "must be 64 lower-case hex characters (a SHA-256 digest)");
        }
        return new Sha256(text);
    }

    /** The first 12 characters, for screens; never for comparisons. */
    public String shortForm() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return hex;
    }
}
