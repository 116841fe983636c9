package org.glassbox.api.disclosure;

import org.axonframework.serialization.Revision;

/** A notice was drafted from a template and the case's redacted facts. */
@Revision("1")
public record DisclosureDrafted(String disclosureId, String caseId, NoticeKind kind, String supersedes,
        String templateId, NoticeFacts facts, String text, String draftedBy) {
}
