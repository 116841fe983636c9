package org.glassbox.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Someone is about to read the bytes (download or preview); the purpose they gave goes on the custody record. */
public record RecordEvidenceAccess(@TargetAggregateIdentifier String itemId, EvidenceAccess access, String purpose) {
    public RecordEvidenceAccess {
        Checks.text("itemId", itemId, Limits.ID);
        Checks.present("access", access);
        purpose = Checks.text("purpose", purpose, Limits.REASON).strip();
    }
}
