package org.glassbox.api.analysis;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The background runner begins a run (sent by the system, never by a person). */
public record StartAnalysis(@TargetAggregateIdentifier String runId) {
}
