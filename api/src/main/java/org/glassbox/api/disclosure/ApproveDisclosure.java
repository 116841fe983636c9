package org.glassbox.api.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor who neither drafted nor submitted the notice approves its text as it stands. */
public record ApproveDisclosure(@TargetAggregateIdentifier String disclosureId, String reason) implements Reasoned {
    public ApproveDisclosure {
        Checks.text("disclosureId", disclosureId, Limits.ID);
        reason = Checks.optionalText("reason", reason, Limits.REASON);
    }
}
