package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A second supervisor closes the case as proposed; the reason (a comment) is optional. */
public record ApproveClosure(@TargetAggregateIdentifier String caseId, String reason) implements Reasoned {
    public ApproveClosure {
        Checks.text("caseId", caseId, Limits.ID);
        reason = Checks.optionalText("reason", reason, Limits.REASON);
    }
}
