package org.glassbox.api.freeze;

/** Answers a freeze's {@link FreezeHistoryEntry}s, oldest first. */
public record FindFreezeHistory(String freezeId) {
}
