package org.glassbox.api.analysis;

import org.axonframework.serialization.Revision;
import org.glassbox.api.shared.Behaviour;

/** A completed analysis was said to support an allegation of its case. */
@Revision("1")
public record AnalysisLinkedToAllegation(String runId, String caseId, Behaviour behaviour, String reason) {
}
