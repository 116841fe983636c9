package org.glassbox.api.cases;

import java.time.Instant;
import java.util.List;

import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Severity;

/** One row of the case list. */
public record CaseSummary(
        String caseId,
        String reference,
        CaseStatus status,
        String marketMakerId,
        String marketMakerName,
        List<String> symbols,
        List<Behaviour> behaviours,
        Severity severity,
        String assignee,
        String summary,
        Instant flaggedAt,
        Instant lastActivityAt) {
}
