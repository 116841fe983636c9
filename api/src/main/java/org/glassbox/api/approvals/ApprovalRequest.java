package org.glassbox.api.approvals;

import java.time.Instant;

import org.glassbox.api.freeze.Urgency;

/**
 * Something waiting for a supervisor's four-eyes decision: a freeze, a lift, a case closure or a public
 * notice, with who asked, when and why. {@code freezeId} is set for freezes and lifts,
 * {@code disclosureId} for notices.
 */
public record ApprovalRequest(Kind kind, String caseId, String caseReference, String freezeId, String requestedBy,
        Instant requestedAt, String justification, Urgency urgency, boolean overdue, String disclosureId) {

    public enum Kind {
        FREEZE, LIFT, CLOSURE, DISCLOSURE
    }
}
