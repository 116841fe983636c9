package org.glassbox.api.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Communications publish an approved notice: its PDF is rendered, fingerprinted and made public. */
public record PublishDisclosure(@TargetAggregateIdentifier String disclosureId) {
    public PublishDisclosure {
        Checks.text("disclosureId", disclosureId, Limits.ID);
    }
}
