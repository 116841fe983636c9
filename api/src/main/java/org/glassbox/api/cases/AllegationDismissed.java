package org.glassbox.api.cases;

import org.glassbox.api.shared.Behaviour;
import org.axonframework.serialization.Revision;

/** An allegation was found unproven, with the investigator's reasoning. */
@Revision("1")
public record AllegationDismissed(String caseId, Behaviour behaviour, String reason) {
}
