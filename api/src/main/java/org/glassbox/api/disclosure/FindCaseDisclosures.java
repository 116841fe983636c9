package org.glassbox.api.disclosure;

/** Answers the case's {@link DisclosureSummary}s, newest draft first. */
public record FindCaseDisclosures(String caseId) {
}
