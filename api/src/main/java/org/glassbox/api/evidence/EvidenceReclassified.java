package org.glassbox.api.evidence;

import org.axonframework.serialization.Revision;

/** The item's confidentiality changed. */
@Revision("1")
public record EvidenceReclassified(String itemId, String caseId, Confidentiality from, Confidentiality to, String reason) {
}
