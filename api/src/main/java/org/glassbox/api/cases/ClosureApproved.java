package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** A second supervisor approved the proposed closure: the case is closed with the outcome. */
@Revision("1")
public record ClosureApproved(String caseId, ClosureOutcome outcome, String proposedBy, String reason) {
}
