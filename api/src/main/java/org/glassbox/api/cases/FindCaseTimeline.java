package org.glassbox.api.cases;

/** Answers the case's {@link TimelineEntry}s, oldest first. */
public record FindCaseTimeline(String caseId) {
}
