package org.glassbox.api.freeze;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** Asks for a case's market-maker accounts to be frozen; a second person must approve it. */
public record RequestAccountFreeze(
        @TargetAggregateIdentifier String freezeId,
        String caseId,
        List<String> accounts,
        FreezeScope scope,
        List<HeldAmount> amounts,
        String justification,
        Urgency urgency,
        Instant reviewBy) implements Reasoned {

    public RequestAccountFreeze {
        Checks.text("freezeId", freezeId, Limits.ID);
        Checks.text("caseId", caseId, Limits.ID);
        accounts = FreezeInput.accounts(accounts);
        Checks.present("scope", scope);
        amounts = FreezeInput.amounts(amounts);
        justification = Checks.text("justification", justification, Limits.REASON).strip();
        Checks.present("urgency", urgency);
        Checks.present("reviewBy", reviewBy);
    }

    @Override
    public String reason() {
        return justification;
    }
}
