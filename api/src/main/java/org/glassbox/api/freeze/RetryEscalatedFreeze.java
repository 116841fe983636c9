package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/**
 * Tries a freeze (or its lift) again now, after the account system failed its last attempt and it was
 * escalated: the problem was fixed outside Glassbox. A supervisor other than whoever asked for it does it,
 * with a reason; the attempts start over.
 */
public record RetryEscalatedFreeze(@TargetAggregateIdentifier String freezeId, String reason) implements Reasoned {
    public RetryEscalatedFreeze {
        Checks.text("freezeId", freezeId, Limits.ID);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
