package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** The account system confirmed a freeze (or, with lift = true, its lifting). Sent by the orchestration. */
public record RecordFreezeExecution(@TargetAggregateIdentifier String freezeId, boolean lift,
        String confirmationReference) {
    public RecordFreezeExecution {
        Checks.text("freezeId", freezeId, Limits.ID);
        Checks.text("confirmationReference", confirmationReference, Limits.NAME);
    }
}
