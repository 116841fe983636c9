package org.glassbox.api.freeze;

import java.time.Instant;

/** One step of a freeze, worded: who did what, when. */
public record FreezeHistoryEntry(long sequence, Instant occurredAt, String actor, String what) {
}
