package org.glassbox.query.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.glassbox.api.cases.AllegationDismissed;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.AllegationSubstantiated;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseNoteAdded;
import org.glassbox.api.cases.CaseReopened;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ClosureApproved;
import org.glassbox.api.cases.ClosureProposed;
import org.glassbox.api.cases.ClosureRejected;
import org.glassbox.api.cases.InvestigationStarted;
import org.glassbox.api.cases.SeverityChanged;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the case list and the case page (tables case_view, case_activity and case_allegation_view).
 * Every update carries the event's aggregate sequence and applies only if it is newer than the case's
 * version (in case_activity), so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(CaseViews.PROCESSING_GROUP)
class CaseListProjection {
    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    CaseListProjection(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(CaseFlagged e, @SequenceNumber Long seq, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        String search = String.join(" ", e.reference(), e.marketMaker().id(), e.marketMaker().name(), e.summary())
                .toLowerCase(Locale.ROOT);
        writes.update(e.caseId(), """
                INSERT INTO case_view (case_id, reference, status, status_rank, market_maker_id, market_maker_name,
                    accounts, symbols, behaviours, summary, severity, severity_rank, source_kind, source_alert_id,
                    source_reported_by, flagged_by, flagged_at, search_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id) DO NOTHING""",
                e.caseId(), e.reference(), CaseStatus.FLAGGED.name(), CaseStatus.FLAGGED.ordinal(),
                e.marketMaker().id(), e.marketMaker().name(), array(e.accounts()), array(e.symbols()),
                array(e.behaviours().stream().map(Enum::name).sorted().toList()), e.summary(),
                e.severity().name(), e.severity().ordinal(), e.source().kind().name(), e.source().alertId(),
                e.source().reportedBy(), user, ts(at), search);
        writes.update(e.caseId(), """
                INSERT INTO case_activity (case_id, reference, version, last_activity_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (case_id) DO NOTHING""", e.caseId(), e.reference(), seq, ts(at));
        for (var behaviour : e.behaviours()) {
            writes.update(e.caseId(), """
                    INSERT INTO case_allegation_view (case_id, behaviour, status) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""", e.caseId(), behaviour.name(), AllegationStatus.SUSPECTED.name());
        }
    }

    @EventHandler
    void on(CaseAssigned e, @SequenceNumber Long seq, @Timestamp Instant at) {
        update(e.caseId(), seq, at, "assignee = ?", e.assignee());
    }

    @EventHandler
    void on(InvestigationStarted e, @SequenceNumber Long seq, @Timestamp Instant at) {
        status(e.caseId(), seq, at, CaseStatus.UNDER_INVESTIGATION, "");
    }

    @EventHandler
    void on(CaseNoteAdded e, @SequenceNumber Long seq, @Timestamp Instant at) {
        update(e.caseId(), seq, at, null);
    }

    @EventHandler
    void on(SeverityChanged e, @SequenceNumber Long seq, @Timestamp Instant at) {
        update(e.caseId(), seq, at, "severity = ?, severity_rank = ?", e.to().name(), e.to().ordinal());
    }

    @EventHandler
    void on(AllegationSubstantiated e, @SequenceNumber Long seq, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        decide(e.caseId(), seq, at, e.behaviour().name(), AllegationStatus.SUBSTANTIATED, e.reason(), user);
    }

    @EventHandler
    void on(AllegationDismissed e, @SequenceNumber Long seq, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        decide(e.caseId(), seq, at, e.behaviour().name(), AllegationStatus.DISMISSED, e.reason(), user);
    }

    @EventHandler
    void on(ClosureProposed e, @SequenceNumber Long seq, @Timestamp Instant at) {
        status(e.caseId(), seq, at, CaseStatus.CLOSURE_PROPOSED,
                ", pending_outcome = ?, pending_reason = ?, pending_proposed_by = ?, pending_proposed_at = ?",
                e.outcome().name(), e.reason(), e.proposedBy(), ts(at));
    }

    @EventHandler
    void on(ClosureApproved e, @SequenceNumber Long seq, @Timestamp Instant at) {
        status(e.caseId(), seq, at, CaseStatus.CLOSED, ", " + CLEAR_PENDING + ", outcome = ?, closed_at = ?",
                e.outcome().name(), ts(at));
    }

    @EventHandler
    void on(ClosureRejected e, @SequenceNumber Long seq, @Timestamp Instant at) {
        status(e.caseId(), seq, at, CaseStatus.UNDER_INVESTIGATION, ", " + CLEAR_PENDING);
    }

    @EventHandler
    void on(CaseReopened e, @SequenceNumber Long seq, @Timestamp Instant at) {
        status(e.caseId(), seq, at, CaseStatus.UNDER_INVESTIGATION, ", outcome = NULL, closed_at = NULL");
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE case_allegation_view, case_activity, case_view");
    }

    private static final String CLEAR_PENDING =
            "pending_outcome = NULL, pending_reason = NULL, pending_proposed_by = NULL, pending_proposed_at = NULL";

    private void status(String caseId, long seq, Instant at, CaseStatus status, String more, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = status.name();
        all[1] = status.ordinal();
        System.arraycopy(args, 0, all, 2, args.length);
        update(caseId, seq, at, "status = ?, status_rank = ?" + more, all);
    }

    /** The allegation's decision, only if the event is newer than the case row (one statement, so it can be batched). */
    private void decide(String caseId, long seq, Instant at, String behaviour, AllegationStatus status, String reason,
            String user) {
        writes.update(caseId, """
                WITH applied AS (
                    UPDATE case_activity SET version = ?, last_activity_at = ? WHERE case_id = ? AND version < ?
                    RETURNING case_id)
                UPDATE case_allegation_view SET status = ?, reason = ?, decided_by = ?
                WHERE case_id IN (SELECT case_id FROM applied) AND behaviour = ?""",
                seq, ts(at), caseId, seq, status.name(), reason, user, behaviour);
    }

    /**
     * Bumps the case's version and activity and sets the given columns of its row (if any), only if the event is
     * newer than the case (one statement, so it can be batched). An event that changes no listed fact (a note)
     * leaves the wide case_view row alone.
     */
    private void update(String caseId, long seq, Instant at, String set, Object... args) {
        String bump = "UPDATE case_activity SET version = ?, last_activity_at = ? WHERE case_id = ? AND version < ?";
        if (set == null) {
            writes.update(caseId, bump, seq, ts(at), caseId, seq);
            return;
        }
        Object[] all = new Object[args.length + 4];
        all[0] = seq;
        all[1] = ts(at);
        all[2] = caseId;
        all[3] = seq;
        System.arraycopy(args, 0, all, 4, args.length);
        writes.update(caseId, "WITH applied AS (" + bump + " RETURNING case_id) UPDATE case_view SET " + set
                + " WHERE case_id IN (SELECT case_id FROM applied)", all);
    }

    private static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    private static java.sql.Timestamp ts(Instant at) {
        return java.sql.Timestamp.from(at);
    }
}
