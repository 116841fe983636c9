package org.glassbox.api.evidence;

import org.axonframework.serialization.Revision;

/** The stored bytes were re-read and still have the recorded digest. */
@Revision("1")
public record EvidenceIntegrityVerified(String itemId, String caseId, Sha256 sha256, long size) {
}
