package org.glassbox.api.freeze;

import java.time.Instant;

/**
 * Answers the {@link FreezeSummary}s a supervisor must act on besides approvals: in force past their
 * review deadline, or failed at the account system after the last retry. Most overdue first.
 */
public record FindFreezesNeedingAttention(Instant asOf) {
}
