package org.glassbox.api.analysis;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.evidence.StoredBlob;

/** The background runner records a run's result (sent by the system). */
public record CompleteAnalysis(@TargetAggregateIdentifier String runId, String resultDigest, StoredBlob result,
        Map<String, String> engine, Map<String, String> headline, String publicDigest, StoredBlob publicResult) {
}
