package org.glassbox.api.disclosure;

/** Answers the published {@link PublicNotice} whose PDF has this SHA-256 (hex), if any. */
public record FindPublicNoticeByDigest(String sha256) {
}
