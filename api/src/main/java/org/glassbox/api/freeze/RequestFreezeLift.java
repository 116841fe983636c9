package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** Asks for an executed freeze to be lifted; a second person must approve it. */
public record RequestFreezeLift(@TargetAggregateIdentifier String freezeId, String reason) implements Reasoned {
    public RequestFreezeLift {
        Checks.text("freezeId", freezeId, Limits.ID);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
