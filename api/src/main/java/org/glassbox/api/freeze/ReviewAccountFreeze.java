package org.glassbox.api.freeze;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor reviews an executed freeze by its deadline and keeps it until a later review. */
public record ReviewAccountFreeze(@TargetAggregateIdentifier String freezeId, Instant nextReviewBy, String reason)
        implements Reasoned {
    public ReviewAccountFreeze {
        Checks.text("freezeId", freezeId, Limits.ID);
        Checks.present("nextReviewBy", nextReviewBy);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
