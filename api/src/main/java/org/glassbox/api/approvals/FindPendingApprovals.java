package org.glassbox.api.approvals;

/** Answers every {@link ApprovalRequest} waiting across all cases, oldest first. */
public record FindPendingApprovals() {
}
