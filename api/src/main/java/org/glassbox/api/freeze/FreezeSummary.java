package org.glassbox.api.freeze;

import java.time.Instant;
import java.util.List;

/**
 * A freeze as the freeze views show it: what was asked, who decided, what the account system
 * answered, and what needs attention (a decision or review overdue, a failure escalated).
 */
public record FreezeSummary(
        String freezeId,
        String caseId,
        String caseReference,
        List<String> accounts,
        FreezeScope scope,
        List<HeldAmount> amounts,
        String justification,
        Urgency urgency,
        Instant reviewBy,
        FreezeStatus status,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        String confirmation,
        Instant executedAt,
        int failedAttempts,
        String lastError,
        boolean escalated,
        boolean decisionOverdue,
        boolean reviewOverdue,
        String liftRequestedBy,
        Instant liftRequestedAt,
        String liftReason,
        Instant liftedAt,
        String liftConfirmation,
        long version) {

    /** Waiting for a supervisor: a freeze or a lift someone asked for. */
    public boolean awaitingDecision() {
        return status == FreezeStatus.REQUESTED || status == FreezeStatus.LIFT_REQUESTED;
    }
}
