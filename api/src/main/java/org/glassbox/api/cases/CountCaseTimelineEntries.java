package org.glassbox.api.cases;

/** Answers a Long: how many entries the case's timeline has. */
public record CountCaseTimelineEntries(String caseId) {
}
