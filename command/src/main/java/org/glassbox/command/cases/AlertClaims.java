package org.glassbox.command.cases;

import java.util.Optional;

/**
 * Surveillance alert ids taken by cases. One alert opens at most one case; the claim takes part in
 * the command's transaction, so a rejected flagging leaves the alert free.
 */
public interface AlertClaims {

    /** Claims the alert for the case, or answers the case that already holds it. */
    Optional<AlertHolder> claim(String alertId, String caseId, String reference);

    record AlertHolder(String caseId, String reference) {
    }
}
