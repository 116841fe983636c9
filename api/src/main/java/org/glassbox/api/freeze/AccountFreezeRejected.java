package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** A supervisor turned the freeze down. */
@Revision("1")
public record AccountFreezeRejected(String freezeId, String caseId, String reason) {
}
