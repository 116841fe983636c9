package org.glassbox.api.evidence;

import org.glassbox.api.shared.Behaviour;
import org.axonframework.serialization.Revision;

/** The item no longer supports an allegation of its case. */
@Revision("1")
public record EvidenceUnlinkedFromAllegation(String itemId, String caseId, Behaviour behaviour, String reason) {
}
