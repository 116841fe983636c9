package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor who did not request the lift turns it down, saying why; the freeze stays. */
public record RejectFreezeLift(@TargetAggregateIdentifier String freezeId, String reason) implements Reasoned {
    public RejectFreezeLift {
        Checks.text("freezeId", freezeId, Limits.ID);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
