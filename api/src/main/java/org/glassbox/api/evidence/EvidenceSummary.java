package org.glassbox.api.evidence;

import java.time.Instant;
import java.util.List;

import org.glassbox.api.shared.Behaviour;

/** One evidence item as the case's evidence tab and API list it. */
public record EvidenceSummary(
        String itemId,
        String caseId,
        EvidenceKind kind,
        String title,
        String description,
        String sourceSystem,
        String collectedBy,
        Instant collectedAt,
        String submittedBy,
        Instant submittedAt,
        Sha256 sha256,
        long size,
        String mediaType,
        String fileName,
        String address,
        Confidentiality confidentiality,
        List<Behaviour> allegations,
        boolean excluded,
        String excludedReason,
        LastVerification lastVerification,
        long version) {

    /** The latest integrity check of the bytes; null until the first. */
    public record LastVerification(Instant at, boolean intact, String problem) {
    }
}
