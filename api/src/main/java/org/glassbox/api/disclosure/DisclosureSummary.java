package org.glassbox.api.disclosure;

import java.time.Instant;

/** A disclosure as staff see it: its text and facts, where it stands, who wrote and decided it. */
public record DisclosureSummary(String disclosureId, String caseId, NoticeKind kind, String supersedes,
        String templateId, NoticeFacts facts, String text, int revision, DisclosureStatus status, String draftedBy,
        Instant draftedAt, String submittedBy, Instant submittedAt, String decidedBy, String decisionReason,
        String noticeReference, String pdfSha256, Instant publishedAt, String supersededByReference, long version) {
}
