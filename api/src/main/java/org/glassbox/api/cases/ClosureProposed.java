package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** Someone proposed to close the case with an outcome; proposedBy is kept for the four-eyes rule. */
@Revision("1")
public record ClosureProposed(String caseId, ClosureOutcome outcome, String reason, String proposedBy) {
}
