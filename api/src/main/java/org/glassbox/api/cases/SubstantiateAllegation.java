package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** The evidence shows the market maker did it; the reason is the investigator's reasoning. */
public record SubstantiateAllegation(@TargetAggregateIdentifier String caseId, Behaviour behaviour, String reason)
        implements Reasoned {
    public SubstantiateAllegation {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("behaviour", behaviour);
        Checks.text("reason", reason, Limits.REASON);
    }
}
