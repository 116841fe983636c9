package org.glassbox.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Severity;

/**
 * A case as it stood after some event of its history, rebuilt from the events alone (never from the
 * read models): for auditors, who ask what was known and decided at a given moment.
 */
public record CaseStateAsOf(String caseId, String reference, CaseStatus status, String assignee, Severity severity,
        Map<Behaviour, AllegationStatus> allegations, List<Item> evidence, List<Item> freezes, List<Item> disclosures,
        int eventsApplied, int eventsInHistory, HistoryEntry lastEvent, List<HistoryEntry> history) {

    /** An evidence item, freeze or notice of the case and where it stood. */
    public record Item(String id, String title, String state) {
    }

    /**
     * One event of the case's history: in words ({@code description}: "Investigator jane requested a full
     * freeze of 2 accounts"; {@code area}: Case, Evidence, Freeze, Notice or Analysis) and as stored (its
     * type and JSON payload, for the auditor who wants them).
     */
    public record HistoryEntry(int number, Instant at, String type, String actor, String roles, String reason,
            String payload, String description, String area) {
    }
}
