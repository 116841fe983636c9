package org.glassbox.api.disclosure;

import org.axonframework.serialization.Revision;

/** A supervisor sent the notice back to draft. */
@Revision("1")
public record DisclosureRejected(String disclosureId, String caseId, String reason) {
}
