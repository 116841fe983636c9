package org.glassbox.api.cases;

import org.axonframework.serialization.Revision;

/** A note was added to the case file. */
@Revision("1")
public record CaseNoteAdded(String caseId, String text) {
}
