package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** An attempt to freeze (or lift) failed; retried unless escalated. */
@Revision("1")
public record AccountFreezeFailed(String freezeId, String caseId, boolean lift, int attempt, String error, boolean escalated) {
}
