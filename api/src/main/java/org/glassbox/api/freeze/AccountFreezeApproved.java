package org.glassbox.api.freeze;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A supervisor who did not request it approved the freeze. */
@Revision("1")
public record AccountFreezeApproved(String freezeId, String caseId, List<String> accounts, FreezeScope scope, String reason) {
}
