package org.glassbox.api.disclosure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;

/**
 * Starts a public notice for a case: the redacted facts gathered from the case, and the text the
 * template its findings select made of them. A correction or a retraction names the published
 * disclosure it will supersede. The command side checks every fact against the case's aggregates
 * (evidence disclosable and in use, freezes executed, accounts masked) before anything is stored.
 */
public record DraftDisclosure(@TargetAggregateIdentifier String disclosureId, String caseId, NoticeKind kind,
        String supersedes, String templateId, NoticeFacts facts, String text) {
    public DraftDisclosure {
        Checks.text("disclosureId", disclosureId, Limits.ID);
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("kind", kind);
        Checks.text("templateId", templateId, Limits.ID);
        Checks.present("facts", facts);
        text = Checks.text("text", text, ReviseDisclosureDraft.MAX_TEXT).strip();
        if ((kind == NoticeKind.NOTICE) != (supersedes == null)) {
            throw new InvalidField("supersedes", "names the published notice a correction or retraction replaces, "
                    + "and only then");
        }
    }
}
