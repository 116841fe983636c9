package org.glassbox.api.evidence;

import java.time.Instant;
import java.util.Set;

import org.axonframework.serialization.Revision;
import org.glassbox.api.shared.Behaviour;

/** An evidence item was collected into a case: what it is, who collected it when, and its fingerprint. */
@Revision("1")
public record EvidenceSubmitted(String itemId, String caseId, EvidenceKind kind, String title, String description,
        String sourceSystem, String collectedBy, Instant collectedAt, Confidentiality confidentiality,
        Set<Behaviour> allegations, StoredBlob blob) {
}
