package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

public record StartInvestigation(@TargetAggregateIdentifier String caseId) {
    public StartInvestigation {
        Checks.text("caseId", caseId, Limits.ID);
    }
}
