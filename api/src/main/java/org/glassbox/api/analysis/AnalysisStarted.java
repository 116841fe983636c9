package org.glassbox.api.analysis;

import org.axonframework.serialization.Revision;

/** The engine began a run (again, after a node was lost mid-run). */
@Revision("1")
public record AnalysisStarted(String runId, String caseId) {
}
