package org.glassbox.api.cases;

import java.time.Instant;
import java.util.List;

import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;

/** Everything the case page shows about one case, apart from its timeline. */
public record CaseDetail(
        String caseId,
        String reference,
        CaseStatus status,
        MarketMaker marketMaker,
        List<String> accounts,
        List<String> symbols,
        List<Allegation> allegations,
        String summary,
        Severity severity,
        CaseSource source,
        String flaggedBy,
        Instant flaggedAt,
        String assignee,
        PendingClosure pendingClosure,
        ClosureOutcome outcome,
        Instant closedAt,
        Instant lastActivityAt,
        /** How many events the case has had; grows with every change, so a view can wait for its own. */
        long version) {

    public record PendingClosure(ClosureOutcome outcome, String reason, String proposedBy, Instant proposedAt) {
    }
}
