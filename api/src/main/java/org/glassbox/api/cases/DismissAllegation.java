package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

public record DismissAllegation(@TargetAggregateIdentifier String caseId, Behaviour behaviour, String reason)
        implements Reasoned {
    public DismissAllegation {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("behaviour", behaviour);
        Checks.text("reason", reason, Limits.REASON);
    }
}
