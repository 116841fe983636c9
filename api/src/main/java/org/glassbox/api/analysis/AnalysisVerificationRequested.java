package org.glassbox.api.analysis;

import org.axonframework.serialization.Revision;

/** Someone asked for a completed run to be computed again from the stored bytes. */
@Revision("1")
public record AnalysisVerificationRequested(String runId, String caseId, String verificationId) {
}
