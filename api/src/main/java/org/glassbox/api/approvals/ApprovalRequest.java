package org.glassbox.api.approvals;

import java.time.Instant;

import org.glassbox.api.freeze.Urgency;

/**
 * Something waiting for a supervisor's four-eyes decision: a freeze, a lift or a case closure, with
 * who asked, when and why. {@code freezeId} is null for a closure.
 */
public record ApprovalRequest(Kind kind, String caseId, String caseReference, String freezeId, String requestedBy,
        Instant requestedAt, String justification, Urgency urgency, boolean overdue) {

    public enum Kind {
        FREEZE, LIFT, CLOSURE
    }
}
