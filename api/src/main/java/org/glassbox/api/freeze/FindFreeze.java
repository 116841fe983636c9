package org.glassbox.api.freeze;

import java.time.Instant;

/** Answers one {@link FreezeSummary}, if the freeze exists; {@code asOf} decides what is overdue. */
public record FindFreeze(String freezeId, Instant asOf) {
}
