package org.glassbox.templates.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.shared.Behaviour;

/**
 * What an investigation of one allegation is expected to gather (from the catalogue) against what the
 * case holds: each line is covered by an item in use of the same kind linked to the allegation. An item
 * covers one line at most, so two expected analyses need two analysis items.
 */
public record Checklist(Behaviour behaviour, String title, List<Line> lines) {

    public record Line(CaseTypeCatalogue.EvidenceNeed need, String coveredByItemId, String coveredByTitle) {
        public boolean covered() {
            return coveredByItemId != null;
        }
    }

    public long missing() {
        return lines.stream().filter(l -> !l.covered()).count();
    }

    /**
     * Something else that supports allegations as evidence of a kind: a completed analysis run linked to an
     * allegation counts as an ANALYSIS.
     */
    public record Support(String id, org.glassbox.api.evidence.EvidenceKind kind, String title,
            Collection<Behaviour> allegations) {
    }

    /** The checklists of a case's allegations, in the order given. */
    public static List<Checklist> of(CaseTypeCatalogue catalogue, Collection<Behaviour> allegations,
            Collection<EvidenceSummary> items) {
        return of(catalogue, allegations, items, List.of());
    }

    /** The checklists, counting the other supports (analyses) after the evidence items. */
    public static List<Checklist> of(CaseTypeCatalogue catalogue, Collection<Behaviour> allegations,
            Collection<EvidenceSummary> items, Collection<Support> others) {
        List<Support> supports = new ArrayList<>();
        items.stream().filter(i -> !i.excluded())
                .forEach(i -> supports.add(new Support(i.itemId(), i.kind(), i.title(), i.allegations())));
        supports.addAll(others);
        List<Checklist> checklists = new ArrayList<>();
        for (Behaviour behaviour : allegations) {
            CaseTypeCatalogue.BehaviourType type = catalogue.of(behaviour);
            Set<String> used = new HashSet<>();
            List<Line> lines = new ArrayList<>();
            for (CaseTypeCatalogue.EvidenceNeed need : type.evidence()) {
                Support cover = supports.stream()
                        .filter(i -> i.kind() == need.kind() && i.allegations().contains(behaviour)
                                && !used.contains(i.id()))
                        .findFirst().orElse(null);
                if (cover != null) {
                    used.add(cover.id());
                }
                lines.add(new Line(need, cover == null ? null : cover.id(), cover == null ? null : cover.title()));
            }
            checklists.add(new Checklist(behaviour, type.title(), List.copyOf(lines)));
        }
        return List.copyOf(checklists);
    }
}
