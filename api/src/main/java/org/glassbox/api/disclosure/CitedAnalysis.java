package org.glassbox.api.disclosure;

import java.util.Map;

/**
 * An analysis a notice cites: the method (id, version, title and the one sentence that says what it does),
 * the headline figures of its result, the SHA-256 of the result in canonical JSON (for staff and auditors)
 * and the SHA-256 of the same result with account ids masked, which anyone can download from the public
 * registry and check.
 */
public record CitedAnalysis(String runId, String method, String methodVersion, String title, String description,
        String resultDigest, Map<String, String> figures, String publicDigest) {
    public CitedAnalysis {
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }
}
