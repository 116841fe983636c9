package org.glassbox.command.freeze;

import java.time.Duration;

import org.glassbox.api.freeze.Urgency;

/** How long a freeze request may wait for a decision before supervisors are alerted. */
public record FreezeDeadlines(Duration routineApproval, Duration urgentApproval) {

    public Duration approvalWindow(Urgency urgency) {
        return urgency == Urgency.URGENT ? urgentApproval : routineApproval;
    }
}
