package org.glassbox.api.analysis;

import java.util.Map;

import org.axonframework.serialization.Revision;
import org.glassbox.api.evidence.StoredBlob;

/**
 * A run finished: the SHA-256 of its result in canonical JSON (RFC 8785), where those exact bytes are
 * stored, the engine's and libraries' versions, and a few headline figures for lists and notices; and the
 * same result with every account id masked (the form the public may download), with its own SHA-256.
 */
@Revision("1")
public record AnalysisCompleted(String runId, String caseId, String method, String resultDigest, StoredBlob result,
        Map<String, String> engine, Map<String, String> headline, String publicDigest, StoredBlob publicResult) {
}
