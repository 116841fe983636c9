package org.glassbox.api.disclosure;

/** Answers the published {@link PublicNotice} with this reference, if any. */
public record FindPublicNotice(String reference) {
}
