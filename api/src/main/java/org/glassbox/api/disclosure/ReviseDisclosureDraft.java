package org.glassbox.api.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Replaces the draft's text; every revision is kept. */
public record ReviseDisclosureDraft(@TargetAggregateIdentifier String disclosureId, String text) {
    /** About eight pages of notice: anything longer is not a notice people read. */
    public static final int MAX_TEXT = 20_000;

    public ReviseDisclosureDraft {
        Checks.text("disclosureId", disclosureId, Limits.ID);
        text = Checks.text("text", text, MAX_TEXT).strip();
    }
}
