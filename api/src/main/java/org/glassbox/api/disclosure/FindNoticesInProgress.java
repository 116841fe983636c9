package org.glassbox.api.disclosure;

/**
 * Answers every {@link DisclosureSummary} not yet published (drafts, submitted, approved) across all
 * cases, the one waiting longest first: the communications team's work list.
 */
public record FindNoticesInProgress() {
}
