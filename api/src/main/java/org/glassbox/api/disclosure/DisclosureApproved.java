package org.glassbox.api.disclosure;

import org.axonframework.serialization.Revision;

/** A second person approved the text of this revision for publication. */
@Revision("1")
public record DisclosureApproved(String disclosureId, String caseId, int revision, String reason) {
}
