package org.glassbox.api.freeze;

import org.axonframework.serialization.Revision;

/** A freeze now holds the account; effectiveScope is what all holds together require. */
@Revision("1")
public record AccountHoldPlaced(String accountId, String freezeId, String caseId, FreezeScope scope,
        FreezeScope effectiveScope, int holds) {
}
