package org.glassbox.api.cases;

import org.glassbox.api.shared.Severity;
import org.axonframework.serialization.Revision;

/** The severity moved from one level to another; the reason is in the payload and the metadata. */
@Revision("1")
public record SeverityChanged(String caseId, Severity from, Severity to, String reason) {
}
