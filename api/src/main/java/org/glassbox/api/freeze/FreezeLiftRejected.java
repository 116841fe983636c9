package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** A supervisor turned the lift down; the freeze stays in force. */
@Revision("1")
public record FreezeLiftRejected(String freezeId, String caseId, String reason) {
}
