package org.glassbox.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** Takes an item out of use and out of disclosures for good; it stays visible, marked excluded. */
public record ExcludeEvidence(@TargetAggregateIdentifier String itemId, String reason) implements Reasoned {
    public ExcludeEvidence {
        Checks.text("itemId", itemId, Limits.ID);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
