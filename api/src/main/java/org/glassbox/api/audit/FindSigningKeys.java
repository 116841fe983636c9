package org.glassbox.api.audit;

/** Answers every key that has signed a chain checkpoint, as {@link SigningKeyPeriod}s, oldest first. */
public record FindSigningKeys() {
}
