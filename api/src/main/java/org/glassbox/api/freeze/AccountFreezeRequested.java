package org.glassbox.api.freeze;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A freeze of accounts was asked for; it waits for a second person. */
@Revision("1")
public record AccountFreezeRequested(String freezeId, String caseId, List<String> accounts, FreezeScope scope, List<HeldAmount> amounts,
        String justification, Urgency urgency, Instant reviewBy, String requestedBy) {
}
