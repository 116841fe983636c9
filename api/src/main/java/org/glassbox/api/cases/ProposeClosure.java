package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

public record ProposeClosure(@TargetAggregateIdentifier String caseId, ClosureOutcome outcome, String reason)
        implements Reasoned {
    public ProposeClosure {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("outcome", outcome);
        Checks.text("reason", reason, Limits.REASON);
    }
}
