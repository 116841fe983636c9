package org.glassbox.api.audit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Recomputes the hash chain over the whole event store and records what it found. Auditors (or a schedule). */
public record VerifyIntegrity(@TargetAggregateIdentifier String verificationId) {
    public VerifyIntegrity {
        Checks.text("verificationId", verificationId, Limits.ID);
    }
}
