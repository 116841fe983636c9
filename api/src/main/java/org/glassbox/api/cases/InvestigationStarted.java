package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** Work on the case began. */
@Revision("1")
public record InvestigationStarted(String caseId) {
}
