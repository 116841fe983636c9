package org.glassbox.api.disclosure;

import org.axonframework.serialization.Revision;

/** The draft waits for a supervisor who neither drafted nor submitted it. */
@Revision("1")
public record DisclosureSubmittedForApproval(String disclosureId, String caseId, int revision, String submittedBy) {
}
