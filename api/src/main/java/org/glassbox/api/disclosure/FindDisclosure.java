package org.glassbox.api.disclosure;

/** Answers one {@link DisclosureSummary}, if it exists. */
public record FindDisclosure(String disclosureId) {
}
