package org.glassbox.api.freeze;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The account system froze the accounts; its confirmation reference is kept. */
@Revision("1")
public record AccountFreezeExecuted(String freezeId, String caseId, List<String> accounts, FreezeScope scope, String confirmationReference) {
}
