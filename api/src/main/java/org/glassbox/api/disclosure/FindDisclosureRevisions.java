package org.glassbox.api.disclosure;

/** Answers every {@link DisclosureRevision} of a disclosure, oldest first. */
public record FindDisclosureRevisions(String disclosureId) {
}
