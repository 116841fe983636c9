package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** Someone asked for the freeze to be lifted; it waits for a second person. */
@Revision("1")
public record FreezeLiftRequested(String freezeId, String caseId, String reason, String requestedBy) {
}
