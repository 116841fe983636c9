package org.glassbox.api.freeze;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/**
 * The account system refused or did not answer an attempt; {@code finalAttempt} says retries are
 * exhausted and a person must take over. Sent by the orchestration.
 */
public record RecordFreezeFailure(@TargetAggregateIdentifier String freezeId, int attempt, String error,
        boolean finalAttempt) {
    public RecordFreezeFailure {
        Checks.text("freezeId", freezeId, Limits.ID);
        Checks.text("error", error, Limits.REASON);
    }
}
