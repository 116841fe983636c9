package org.glassbox.api.evidence;

import org.axonframework.serialization.Revision;

/** Someone read the item's bytes: an entry of its chain of custody (who and when in the metadata). */
@Revision("1")
public record EvidenceAccessed(String itemId, String caseId, EvidenceAccess access, String purpose) {
}
