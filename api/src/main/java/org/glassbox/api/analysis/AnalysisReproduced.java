package org.glassbox.api.analysis;

import org.axonframework.serialization.Revision;

/** A rerun on the stored bytes gave the recorded result digest. */
@Revision("1")
public record AnalysisReproduced(String runId, String caseId, String verificationId, String resultDigest) {
}
