package org.glassbox.api.cases;

/** Answers the {@link CaseCounts} of the cases the filter matches, by status and severity. */
public record CountCasesByStatusAndSeverity(CaseFilter filter) {
}
