package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

public record AddCaseNote(@TargetAggregateIdentifier String caseId, String text) {
    public AddCaseNote {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.text("text", text, Limits.NOTE);
    }
}
