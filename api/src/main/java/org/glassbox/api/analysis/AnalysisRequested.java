package org.glassbox.api.analysis;

import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Revision;

/**
 * A run was asked for: the method and its version, every parameter as the method will use it (defaults
 * filled in), the inputs with their digests, and the case's accounts that make up the market maker.
 */
@Revision("1")
public record AnalysisRequested(String runId, String caseId, String method, String methodVersion,
        List<AnalysisInput> inputs, Map<String, String> parameters, List<String> caseAccounts) {
}
