package org.glassbox.api.analysis;

/**
 * Where the public form of a result (account ids masked) with this SHA-256 is stored, if a completed run
 * has it: answers its blob address.
 */
public record FindAnalysisResult(String publicDigest) {
}
