package org.glassbox.api.freeze;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The account system lifted the freeze; its confirmation reference is kept. */
@Revision("1")
public record AccountFreezeLifted(String freezeId, String caseId, List<String> accounts, String confirmationReference) {
}
