package org.glassbox.ui.cases;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;

/**
 * Which actions the case page offers this user on this case: the aggregate's rules seen from the
 * screen, so that no button leads to a certain refusal. The aggregate still decides.
 */
final class CaseActions {
    private CaseActions() {
    }

    static Set<CaseAction> available(Actor actor, CaseDetail c) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean supervisor = actor.has(Role.SUPERVISOR);
        boolean worker = supervisor || actor.has(Role.INVESTIGATOR);
        boolean leads = supervisor || Objects.equals(actor.userId(), c.assignee());
        if (c.status() != CaseStatus.CLOSED) {
            if (supervisor) {
                actions.add(CaseAction.ASSIGN);
            }
            if (worker) {
                actions.add(CaseAction.ADD_NOTE);
                actions.add(CaseAction.CHANGE_SEVERITY);
            }
        }
        if (c.status() == CaseStatus.FLAGGED && c.assignee() != null && worker && leads) {
            actions.add(CaseAction.START_INVESTIGATION);
        }
        if (c.status() == CaseStatus.UNDER_INVESTIGATION && worker && leads) {
            if (c.allegations().stream().anyMatch(a -> a.status() != AllegationStatus.SUBSTANTIATED)) {
                actions.add(CaseAction.SUBSTANTIATE_ALLEGATION);
            }
            if (c.allegations().stream().anyMatch(a -> a.status() != AllegationStatus.DISMISSED)) {
                actions.add(CaseAction.DISMISS_ALLEGATION);
            }
            if (c.allegations().stream().noneMatch(a -> a.status() == AllegationStatus.SUSPECTED)) {
                actions.add(CaseAction.PROPOSE_CLOSURE);
            }
        }
        if (c.status() == CaseStatus.CLOSURE_PROPOSED && supervisor && c.pendingClosure() != null
                && !actor.userId().equals(c.pendingClosure().proposedBy())) {
            actions.add(CaseAction.APPROVE_CLOSURE);
            actions.add(CaseAction.REJECT_CLOSURE);
        }
        if (c.status() == CaseStatus.CLOSED && supervisor) {
            actions.add(CaseAction.REOPEN);
        }
        return actions;
    }
}
