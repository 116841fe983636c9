package org.glassbox.command.cases;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;

/** A case as it stands, read from its aggregate for rules that live outside it. */
public record CaseSnapshot(String caseId, String reference, CaseStatus status, String assignee,
        Set<Behaviour> allegations, List<String> accounts, Set<Behaviour> substantiated) {

    /** A case with no allegation decided yet. */
    public CaseSnapshot(String caseId, String reference, CaseStatus status, String assignee, Set<Behaviour> allegations,
            List<String> accounts) {
        this(caseId, reference, status, assignee, allegations, accounts, Set.of());
    }

    /** A case is worked by its assigned investigator and by any supervisor. */
    public boolean workedBy(Actor actor) {
        return actor.has(Role.SUPERVISOR) || Objects.equals(actor.userId(), assignee);
    }
}
