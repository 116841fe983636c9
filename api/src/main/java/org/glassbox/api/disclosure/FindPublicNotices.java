package org.glassbox.api.disclosure;

/** Answers published {@link PublicNotice}s, newest first, matching the text (token, market maker) if given. */
public record FindPublicNotices(String search, int limit) {
    public static final int MAX_LIMIT = 200;
}
