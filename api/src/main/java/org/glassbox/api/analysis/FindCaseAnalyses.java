package org.glassbox.api.analysis;

/** Every run of a case, newest first: answers {@code AnalysisRunView}s. */
public record FindCaseAnalyses(String caseId) {
}
