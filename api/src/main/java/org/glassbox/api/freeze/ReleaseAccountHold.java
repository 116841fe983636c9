package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** A lifted freeze lets go of one account. Sent by the orchestration; answers the {@link AccountHoldState}. */
public record ReleaseAccountHold(@TargetAggregateIdentifier String accountId, String freezeId) {
    public ReleaseAccountHold {
        Checks.text("accountId", accountId, Limits.ACCOUNT);
        Checks.text("freezeId", freezeId, Limits.ID);
    }
}
