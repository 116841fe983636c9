package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

public record RejectClosure(@TargetAggregateIdentifier String caseId, String reason) implements Reasoned {
    public RejectClosure {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.text("reason", reason, Limits.REASON);
    }
}
