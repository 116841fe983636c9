package org.glassbox.api.analysis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The runner reports what a rerun gave: its digest (null if it could not run) and why not. */
public record RecordAnalysisVerification(@TargetAggregateIdentifier String runId, String verificationId,
        String resultDigest, String problem) {
}
