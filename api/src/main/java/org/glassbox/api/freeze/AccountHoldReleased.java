package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** A freeze let go of the account; effectiveScope is null once no freeze holds it. */
@Revision("1")
public record AccountHoldReleased(String accountId, String freezeId, String caseId, FreezeScope effectiveScope,
        int holds) {
}
