package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor who did not request the freeze approves it; the account system is then told. */
public record ApproveAccountFreeze(@TargetAggregateIdentifier String freezeId, String reason) implements Reasoned {
    public ApproveAccountFreeze {
        Checks.text("freezeId", freezeId, Limits.ID);
        reason = Checks.optionalText("reason", reason, Limits.REASON);
    }
}
