package org.glassbox.api.evidence;

import org.axonframework.serialization.Revision;

/** The item is out of use and out of disclosures; it is never deleted. */
@Revision("1")
public record EvidenceExcluded(String itemId, String caseId, String reason) {
}
