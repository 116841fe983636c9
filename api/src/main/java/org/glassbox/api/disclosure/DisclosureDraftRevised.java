package org.glassbox.api.disclosure;

import org.axonframework.serialization.Revision;

/** The draft's text was replaced; revision 1 is the first edit after drafting. */
@Revision("1")
public record DisclosureDraftRevised(String disclosureId, String caseId, int revision, String text,
        String revisedBy) {
}
