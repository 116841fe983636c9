package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor who did not request the freeze turns it down, saying why. */
public record RejectAccountFreeze(@TargetAggregateIdentifier String freezeId, String reason) implements Reasoned {
    public RejectAccountFreeze {
        Checks.text("freezeId", freezeId, Limits.ID);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
