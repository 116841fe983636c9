package org.glassbox.api.analysis;

/** The run with this id, if there is one: answers an {@code AnalysisRunView}. */
public record FindAnalysisRun(String runId) {
}
