package org.glassbox.api.evidence;

import org.axonframework.serialization.Revision;

/** The stored bytes are missing or no longer have the recorded digest. */
@Revision("1")
public record EvidenceIntegrityFailed(String itemId, String caseId, Sha256 expected, Sha256 found, String problem) {
}
