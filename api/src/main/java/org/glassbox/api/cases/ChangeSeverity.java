package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;
import org.glassbox.api.shared.Severity;

public record ChangeSeverity(@TargetAggregateIdentifier String caseId, Severity severity, String reason)
        implements Reasoned {
    public ChangeSeverity {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("severity", severity);
        Checks.text("reason", reason, Limits.REASON);
    }
}
