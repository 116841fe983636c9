package org.glassbox.api.analysis;

import org.axonframework.serialization.Revision;

/**
 * A run produced no result: {@code refused} when its inputs could not be analysed as asked (bytes that
 * no longer match their digest, a symbol the files do not hold), otherwise the engine failed.
 */
@Revision("1")
public record AnalysisFailed(String runId, String caseId, String reason, boolean refused) {
}
