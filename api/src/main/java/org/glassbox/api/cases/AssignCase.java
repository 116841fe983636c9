package org.glassbox.api.cases;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** A supervisor gives the case to an investigator (or moves it to another one). */
public record AssignCase(@TargetAggregateIdentifier String caseId, String investigator) {
    public AssignCase {
        Checks.text("caseId", caseId, Limits.ID);
        Checks.text("investigator", investigator, Limits.USERNAME);
    }
}
