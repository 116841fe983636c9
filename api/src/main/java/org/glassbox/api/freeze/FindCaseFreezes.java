package org.glassbox.api.freeze;

import java.time.Instant;

/** Answers the case's {@link FreezeSummary}s, newest request first; {@code asOf} decides what is overdue. */
public record FindCaseFreezes(String caseId, Instant asOf) {
}
