package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** Nobody approved or rejected the freeze in time (sooner for urgent ones): supervisors are alerted. */
@Revision("1")
public record FreezeApprovalOverdue(String freezeId, String caseId, Urgency urgency, String requestedBy) {
}
