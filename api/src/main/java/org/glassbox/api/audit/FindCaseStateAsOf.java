package org.glassbox.api.audit;

import java.time.Instant;

/**
 * Answers the {@link CaseStateAsOf} rebuilt from the case's events (its own, and those of its evidence,
 * freezes and notices) up to {@code asOf}, or up to the first {@code events} of its history; both
 * null means the whole history.
 */
public record FindCaseStateAsOf(String caseId, Instant asOf, Integer events) {
}
