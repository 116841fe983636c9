package org.glassbox.api.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Sends the draft to a supervisor; refused while its text names what must stay internal. */
public record SubmitDisclosureForApproval(@TargetAggregateIdentifier String disclosureId) {
    public SubmitDisclosureForApproval {
        Checks.text("disclosureId", disclosureId, Limits.ID);
    }
}
