package org.glassbox.api.analysis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Reruns a completed analysis on the stored bytes and records whether it gave the same result digest. */
public record VerifyAnalysis(@TargetAggregateIdentifier String runId, String verificationId) {
    public VerifyAnalysis {
        Checks.text("runId", runId, Limits.ID);
        Checks.text("verificationId", verificationId, Limits.ID);
    }
}
