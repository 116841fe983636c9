package org.glassbox.api.evidence;

/** Answers the case's {@link EvidenceSummary}s, oldest submission first. */
public record FindCaseEvidence(String caseId) {
}
