package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** One approved freeze holds one account. Sent by the orchestration; answers the {@link AccountHoldState}. */
public record PlaceAccountHold(@TargetAggregateIdentifier String accountId, String freezeId, String caseId,
        FreezeScope scope) {
    public PlaceAccountHold {
        Checks.text("accountId", accountId, Limits.ACCOUNT);
        Checks.text("freezeId", freezeId, Limits.ID);
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("scope", scope);
    }
}
