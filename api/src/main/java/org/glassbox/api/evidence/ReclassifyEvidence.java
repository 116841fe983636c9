package org.glassbox.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor moves an item between INTERNAL and DISCLOSABLE. */
public record ReclassifyEvidence(@TargetAggregateIdentifier String itemId, Confidentiality confidentiality, String reason) implements Reasoned {
    public ReclassifyEvidence {
        Checks.text("itemId", itemId, Limits.ID);
        Checks.present("confidentiality", confidentiality);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
