package org.glassbox.api.cases;

import org.glassbox.api.shared.Behaviour;
import org.axonframework.serialization.Revision;

/** An allegation was found proven, with the investigator's reasoning. */
@Revision("1")
public record AllegationSubstantiated(String caseId, Behaviour behaviour, String reason) {
}
