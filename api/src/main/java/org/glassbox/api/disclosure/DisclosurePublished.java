package org.glassbox.api.disclosure;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.glassbox.api.evidence.Sha256;

/**
 * The notice is public: its reference, the PDF's fingerprint and where the bytes are stored, and the
 * notice it supersedes (null for a first notice). {@code approvedAt} is the PDF's creation date, so
 * the same approved content always renders to the same bytes.
 */
@Revision("1")
public record DisclosurePublished(String disclosureId, String caseId, NoticeKind kind, String noticeReference,
        String supersedes, String supersedesReference, Sha256 pdfSha256, long pdfSize, String pdfAddress,
        Instant approvedAt) {
}
