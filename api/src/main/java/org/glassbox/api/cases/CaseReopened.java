package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** A closed case was opened again, for the reason given. */
@Revision("1")
public record CaseReopened(String caseId, String reason) {
}
