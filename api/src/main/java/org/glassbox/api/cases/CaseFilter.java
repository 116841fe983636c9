package org.glassbox.api.cases;

import java.util.Set;

import org.glassbox.api.shared.Behaviour;

/**
 * What the case list is narrowed to; every part is optional (null or empty means "any").
 * {@code text} searches the reference, the market maker's id and name, and the summary.
 */
public record CaseFilter(
        Set<CaseStatus> statuses,
        String marketMakerId,
        String symbol,
        Behaviour behaviour,
        String assignee,
        String text) {

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CaseFilter any() {
        return new CaseFilter(Set.of(), null, null, null, null, null);
    }

    public CaseFilter withStatuses(Set<CaseStatus> only) {
        return new CaseFilter(only, marketMakerId, symbol, behaviour, assignee, text);
    }
}
