package org.glassbox.query.freeze;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeFailed;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountFreezeRejected;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.AccountFreezeReviewed;
import org.glassbox.api.freeze.FreezeApprovalOverdue;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.FreezeLiftRejected;
import org.glassbox.api.freeze.FreezeLiftRequested;
import org.glassbox.api.freeze.FreezeReviewOverdue;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.VersionedRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the freeze tab, the approvals queue and the supervisor's dashboard (table freeze_view): one
 * row per freeze with its decisions, the account system's answers and what is overdue. Updates apply
 * only to a newer version, so replays change nothing.
 */
@Component
@ProcessingGroup(FreezeViews.PROCESSING_GROUP)
class FreezeRegisterProjection {
    private final JdbcTemplate jdbc;
    private final VersionedRow rows;

    FreezeRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRow(jdbc, "freeze_view", "freeze_id");
    }

    @EventHandler
    void on(AccountFreezeRequested e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO freeze_view (freeze_id, case_id, accounts, scope, amount_assets, amount_values, justification,
                    urgency, review_by, status, requested_by, requested_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (freeze_id) DO NOTHING""",
                e.freezeId(), e.caseId(), e.accounts().toArray(String[]::new), e.scope().name(),
                e.amounts().stream().map(HeldAmount::asset).toArray(String[]::new),
                e.amounts().stream().map(HeldAmount::amount).toArray(java.math.BigDecimal[]::new), e.justification(),
                e.urgency().name(), Timestamp.from(e.reviewBy()), FreezeStatus.REQUESTED.name(), e.requestedBy(),
                Timestamp.from(at), seq);
    }

    @EventHandler
    void on(AccountFreezeApproved e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        decided(e.freezeId(), seq, FreezeStatus.APPROVED, user, at, e.reason());
    }

    @EventHandler
    void on(AccountFreezeRejected e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        decided(e.freezeId(), seq, FreezeStatus.REJECTED, user, at, e.reason());
    }

    private void decided(String freezeId, long seq, FreezeStatus status, String user, Instant at, String reason) {
        rows.update(freezeId, seq,
                "status = ?, decided_by = ?, decided_at = ?, decision_reason = ?, decision_overdue = FALSE",
                status.name(), user, Timestamp.from(at), reason);
    }

    @EventHandler
    void on(AccountFreezeExecuted e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.freezeId(), seq, "status = ?, confirmation = ?, executed_at = ?, escalated = FALSE",
                FreezeStatus.EXECUTED.name(), e.confirmationReference(), Timestamp.from(at));
    }

    @EventHandler
    void on(AccountFreezeFailed e, @SequenceNumber Long seq) {
        // A failed lift leaves the freeze in force: only its error and escalation show.
        rows.update(e.freezeId(), seq, (e.lift() ? "" : "status = 'FAILED', ")
                + "failed_attempts = failed_attempts + 1, last_error = ?, escalated = ?", e.error(), e.escalated());
    }

    @EventHandler
    void on(FreezeApprovalOverdue e, @SequenceNumber Long seq) {
        rows.update(e.freezeId(), seq, "decision_overdue = TRUE");
    }

    @EventHandler
    void on(FreezeReviewOverdue e, @SequenceNumber Long seq) {
        rows.update(e.freezeId(), seq, "review_overdue = TRUE");
    }

    @EventHandler
    void on(AccountFreezeReviewed e, @SequenceNumber Long seq) {
        rows.update(e.freezeId(), seq, "review_by = ?, review_overdue = FALSE", Timestamp.from(e.nextReviewBy()));
    }

    @EventHandler
    void on(FreezeLiftRequested e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.freezeId(), seq, "status = ?, lift_requested_by = ?, lift_requested_at = ?, lift_reason = ?",
                FreezeStatus.LIFT_REQUESTED.name(), e.requestedBy(), Timestamp.from(at), e.reason());
    }

    @EventHandler
    void on(FreezeLiftRejected e, @SequenceNumber Long seq) {
        // A rejected withdrawal (of a freeze never carried out) leaves it failed.
        rows.update(e.freezeId(), seq, "status = CASE WHEN executed_at IS NULL THEN ? ELSE ? END,"
                + " lift_requested_by = NULL, lift_requested_at = NULL, lift_reason = NULL",
                FreezeStatus.FAILED.name(), FreezeStatus.EXECUTED.name());
    }

    @EventHandler
    void on(EscalatedFreezeRetried e, @SequenceNumber Long seq) {
        rows.update(e.freezeId(), seq, "escalated = FALSE");
    }

    @EventHandler
    void on(FreezeLiftApproved e, @SequenceNumber Long seq) {
        rows.update(e.freezeId(), seq, "status = ?, failed_attempts = 0, last_error = NULL, escalated = FALSE",
                FreezeStatus.LIFT_APPROVED.name());
    }

    @EventHandler
    void on(AccountFreezeLifted e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.freezeId(), seq,
                "status = ?, lifted_at = ?, lift_confirmation = ?, escalated = FALSE, review_overdue = FALSE",
                FreezeStatus.LIFTED.name(), Timestamp.from(at), e.confirmationReference());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE freeze_view");
    }
}
