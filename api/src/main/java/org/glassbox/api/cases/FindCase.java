package org.glassbox.api.cases;

/** Answers the {@link CaseDetail} of one case, or nothing if there is no such case. */
public record FindCase(String caseId) {
}
