package org.glassbox.api.analysis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The background runner records that a run produced no result (sent by the system). */
public record FailAnalysis(@TargetAggregateIdentifier String runId, String reason, boolean refused) {
}
