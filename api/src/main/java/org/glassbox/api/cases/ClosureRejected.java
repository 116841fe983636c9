package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** The proposed closure was turned down; the case goes back under investigation. */
@Revision("1")
public record ClosureRejected(String caseId, ClosureOutcome outcome, String reason) {
}
