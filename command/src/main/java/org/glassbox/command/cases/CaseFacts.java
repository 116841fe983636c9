package org.glassbox.command.cases;

import java.util.Optional;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;

/** The case a command concerns, as it stands now (empty if there is no such case). */
public interface CaseFacts {
    Optional<CaseSnapshot> of(String caseId);

    /**
     * The case, if it exists (else AggregateNotFoundException, a 404), is open (else a rule violation)
     * and is worked by the actor (else NotPermitted): the rule for everything added to a case.
     */
    default CaseSnapshot requireWorkable(String caseId, Actor actor, String what) {
        CaseSnapshot c = of(caseId).orElseThrow(() -> new AggregateNotFoundException(caseId, "No case " + caseId));
        if (c.status() == CaseStatus.CLOSED) {
            throw new RuleViolation("case-closed", "Case " + c.reference() + " is closed; no one may " + what
                    + " until a supervisor reopens it");
        }
        if (!c.workedBy(actor)) {
            throw new NotPermitted("Only the assigned investigator (" + c.assignee() + ") or a supervisor may "
                    + what + " in case " + c.reference());
        }
        return c;
    }
}
