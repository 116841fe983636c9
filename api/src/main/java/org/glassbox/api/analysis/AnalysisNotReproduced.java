package org.glassbox.api.analysis;

import org.axonframework.serialization.Revision;

/**
 * The alarm: a rerun on the stored bytes did not give the recorded result digest ({@code found}, null if
 * it could not run at all). The result can no longer be relied on until this is explained.
 */
@Revision("1")
public record AnalysisNotReproduced(String runId, String caseId, String verificationId, String expected, String found,
        String problem) {
}
