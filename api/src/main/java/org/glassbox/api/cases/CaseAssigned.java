package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** The case was given to an investigator; previousAssignee is null on the first assignment. */
@Revision("1")
public record CaseAssigned(String caseId, String assignee, String previousAssignee) {
}
