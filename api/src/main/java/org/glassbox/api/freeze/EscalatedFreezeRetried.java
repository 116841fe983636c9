package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** A supervisor had an escalated freeze (or lift) tried again now; its attempts start over. */
@Revision("1")
public record EscalatedFreezeRetried(String freezeId, String caseId, boolean lift, String reason, String retriedBy) {
}
