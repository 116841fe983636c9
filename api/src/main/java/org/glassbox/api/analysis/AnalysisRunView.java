package org.glassbox.api.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.glassbox.api.shared.Behaviour;

/**
 * A run as the read side knows it: what was asked (method, version, inputs, parameters), where it is
 * ({@code status}, {@code progress} from 0 to 1 and the step being computed), and what came of it (result
 * digest and address, headline figures, engine versions, failure, the last verification and whether it
 * reproduced the digest), and the allegations it supports.
 */
public record AnalysisRunView(String runId, String caseId, String method, String methodVersion, AnalysisStatus status,
        double progress, String step, List<AnalysisInput> inputs, Map<String, String> parameters,
        Map<String, String> engine, String resultDigest, String resultAddress, Map<String, String> headline,
        String failure, String requestedBy, Instant requestedAt, Instant completedAt, Verification verification,
        String publicDigest, List<Behaviour> allegations, long version) {

    /** NONE (never verified), RUNNING, REPRODUCED or NOT_REPRODUCED, with when and what was found. */
    public record Verification(String state, Instant at, String foundDigest, String problem) {
    }
}
