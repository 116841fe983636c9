package org.glassbox.api.cases;

/** What {@link FlagCase} answers: the new case's id and its human reference. */
public record FlaggedCase(String caseId, String reference) {
}
