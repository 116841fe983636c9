package org.glassbox.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Re-reads the stored bytes, recomputes their digest and records whether they are still intact. */
public record VerifyEvidence(@TargetAggregateIdentifier String itemId) {
    public VerifyEvidence {
        Checks.text("itemId", itemId, Limits.ID);
    }
}
