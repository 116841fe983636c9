package org.glassbox.api.analysis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Says a completed analysis supports an allegation of its case (it then counts as ANALYSIS evidence). */
public record LinkAnalysisToAllegation(@TargetAggregateIdentifier String runId, Behaviour behaviour, String reason) {
    public LinkAnalysisToAllegation {
        Checks.text("runId", runId, Limits.ID);
        Checks.present("behaviour", behaviour);
        reason = Checks.optionalText("reason", reason, Limits.REASON);
    }
}
