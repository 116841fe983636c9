package org.glassbox.ui.cases;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;

/**
 * Which cases a reader may see (domain.md): investigators, supervisors and auditors see all;
 * communications staff only closed cases, and open ones with a disclosure (CaseService checks that;
 * the case list shows them closed cases only).
 */
final class CaseVisibility {
    private CaseVisibility() {
    }

    static boolean seesAll(Actor actor) {
        return actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR);
    }

    static boolean maySee(Actor actor, CaseDetail detail) {
        return seesAll(actor) || (actor.has(Role.COMMUNICATIONS) && detail.status() == CaseStatus.CLOSED);
    }

    /** The filter narrowed to what the actor may see, or empty if nothing could match. */
    static Optional<CaseFilter> restrict(Actor actor, CaseFilter filter) {
        if (seesAll(actor)) {
            return Optional.of(filter);
        }
        if (!actor.has(Role.COMMUNICATIONS)) {
            return Optional.empty();
        }
        Set<CaseStatus> allowed = EnumSet.of(CaseStatus.CLOSED);
        if (!filter.statuses().isEmpty()) {
            allowed.retainAll(filter.statuses());
        }
        return allowed.isEmpty() ? Optional.empty() : Optional.of(filter.withStatuses(allowed));
    }
}
