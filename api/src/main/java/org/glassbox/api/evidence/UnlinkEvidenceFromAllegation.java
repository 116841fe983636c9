package org.glassbox.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;
import org.glassbox.api.shared.Behaviour;

/** Withdraws the statement that the item supports an allegation, for the reason given. */
public record UnlinkEvidenceFromAllegation(@TargetAggregateIdentifier String itemId, Behaviour behaviour, String reason) implements Reasoned {
    public UnlinkEvidenceFromAllegation {
        Checks.text("itemId", itemId, Limits.ID);
        Checks.present("behaviour", behaviour);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
