package org.glassbox.api.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Reasoned;

/** A supervisor who did not write it sends the notice back to draft, saying why. */
public record RejectDisclosure(@TargetAggregateIdentifier String disclosureId, String reason) implements Reasoned {
    public RejectDisclosure {
        Checks.text("disclosureId", disclosureId, Limits.ID);
        reason = Checks.text("reason", reason, Limits.REASON).strip();
    }
}
