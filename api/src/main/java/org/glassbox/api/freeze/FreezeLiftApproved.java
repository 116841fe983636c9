package org.glassbox.api.freeze;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A supervisor who did not request it approved the lift; the account system is then told. */
@Revision("1")
public record FreezeLiftApproved(String freezeId, String caseId, List<String> accounts, String reason) {
}
