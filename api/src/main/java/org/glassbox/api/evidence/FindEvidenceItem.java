package org.glassbox.api.evidence;

/** Answers one {@link EvidenceSummary}, or nothing. */
public record FindEvidenceItem(String itemId) {
}
