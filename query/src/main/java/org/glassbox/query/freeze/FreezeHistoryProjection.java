package org.glassbox.query.freeze;

import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeFailed;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountFreezeRejected;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.AccountFreezeReviewed;
import org.glassbox.api.freeze.FreezeApprovalOverdue;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.FreezeLiftRejected;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.FreezeLiftRequested;
import org.glassbox.api.freeze.FreezeReviewOverdue;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.MetaDataText;
import org.glassbox.query.shared.Words;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Feeds each freeze's history on the freeze tab: every event of the freeze, worded, with who and when. */
@Component
@ProcessingGroup(FreezeViews.PROCESSING_GROUP)
class FreezeHistoryProjection {
    private final JdbcTemplate jdbc;

    FreezeHistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountFreezeRequested e, DomainEventMessage<?> m) {
        String amounts = e.amounts().isEmpty() ? "" : "; proceeds to hold: " + e.amounts().stream()
                .map(a -> a.amount().toPlainString() + " " + a.asset()).collect(Collectors.joining(", "));
        log(m, "Requested " + (e.urgency() == Urgency.URGENT ? "an urgent " : "a routine ") + Words.of(e.scope())
                + " freeze of "
                + String.join(", ", e.accounts()) + amounts + ", review by " + Words.of(e.reviewBy()) + ". Justification: "
                + e.justification());
    }

    @EventHandler
    void on(AccountFreezeApproved e, DomainEventMessage<?> m) {
        log(m, "Approved the freeze" + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @EventHandler
    void on(AccountFreezeRejected e, DomainEventMessage<?> m) {
        log(m, "Rejected the freeze: " + e.reason());
    }

    @EventHandler
    void on(AccountFreezeExecuted e, DomainEventMessage<?> m) {
        log(m, "The account system froze " + String.join(", ", e.accounts()) + " (confirmation "
                + e.confirmationReference() + ")");
    }

    @EventHandler
    void on(AccountFreezeFailed e, DomainEventMessage<?> m) {
        log(m, "Attempt " + e.attempt() + " to " + (e.lift() ? "lift" : "carry out") + " the freeze failed: "
                + e.error() + (e.escalated() ? ". No more retries: escalated to supervisors" : ". Glassbox tries again"));
    }

    @EventHandler
    void on(FreezeApprovalOverdue e, DomainEventMessage<?> m) {
        log(m, "No decision in time on this " + Words.of(e.urgency()) + " request: escalated to supervisors");
    }

    @EventHandler
    void on(FreezeReviewOverdue e, DomainEventMessage<?> m) {
        log(m, "Review overdue: the freeze was due for review by " + Words.of(e.reviewBy()));
    }

    @EventHandler
    void on(AccountFreezeReviewed e, DomainEventMessage<?> m) {
        log(m, "Reviewed and kept until " + Words.of(e.nextReviewBy()) + ": " + e.reason());
    }

    @EventHandler
    void on(FreezeLiftRequested e, DomainEventMessage<?> m) {
        log(m, (carriedOut(e.freezeId()) ? "Requested the lift: "
                : "Asked to withdraw the freeze, which the account system never carried out: ") + e.reason());
    }

    @EventHandler
    void on(EscalatedFreezeRetried e, DomainEventMessage<?> m) {
        log(m, "Had the " + (e.lift() ? "lift" : "freeze") + " tried again now: " + e.reason());
    }

    /** Whether the account system ever froze it (the register, kept by the same processor, says). */
    private boolean carriedOut(String freezeId) {
        return Boolean.TRUE.equals(jdbc.query("SELECT executed_at IS NOT NULL FROM freeze_view WHERE freeze_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.TRUE, freezeId));
    }

    @EventHandler
    void on(FreezeLiftRejected e, DomainEventMessage<?> m) {
        log(m, "Rejected the lift: " + e.reason());
    }

    @EventHandler
    void on(FreezeLiftApproved e, DomainEventMessage<?> m) {
        log(m, (carriedOut(e.freezeId()) ? "Approved the lift" : "Approved the withdrawal")
                + (e.reason() == null ? "" : ": " + e.reason()));
    }

    @EventHandler
    void on(AccountFreezeLifted e, DomainEventMessage<?> m) {
        log(m, (carriedOut(e.freezeId()) ? "The account system lifted the freeze"
                : "The holds are released; the account system confirmed the accounts are free")
                + " (confirmation " + e.confirmationReference() + ")");
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE freeze_history_entry");
    }

    private void log(DomainEventMessage<?> m, String what) {
        jdbc.update("""
                INSERT INTO freeze_history_entry (event_id, freeze_id, sequence, occurred_at, actor, what)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                m.getIdentifier(), m.getAggregateIdentifier(), m.getSequenceNumber(),
                java.sql.Timestamp.from(m.getTimestamp()), MetaDataText.of(m, MetaDataKeys.USER_ID), what);
    }
}
