package org.glassbox.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;
import org.glassbox.api.shared.Behaviour;

/** States that the item supports one of the case's allegations. */
public record LinkEvidenceToAllegation(@TargetAggregateIdentifier String itemId, Behaviour behaviour, String reason) implements Reasoned {
    public LinkEvidenceToAllegation {
        Checks.text("itemId", itemId, Limits.ID);
        Checks.present("behaviour", behaviour);
        reason = Checks.optionalText("reason", reason, Limits.REASON);
    }
}
