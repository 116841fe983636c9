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

    /** The checklists of a case's allegations, in the order given. */
    public static List<Checklist> of(CaseTypeCatalogue catalogue, Collection<Behaviour> allegations,
            Collection<EvidenceSummary> items) {
        List<Checklist> checklists = new ArrayList<>();
        for (Behaviour behaviour : allegations) {
            CaseTypeCatalogue.BehaviourType type = catalogue.of(behaviour);
            Set<String> used = new HashSet<>();
            List<Line> lines = new ArrayList<>();
            for (CaseTypeCatalogue.EvidenceNeed need : type.evidence()) {
                EvidenceSummary cover = items.stream()
                        .filter(i -> !i.excluded() && i.kind() == need.kind() && i.allegations().contains(behaviour)
                                && !used.contains(i.itemId()))
                        .findFirst().orElse(null);
                if (cover != null) {
                    used.add(cover.itemId());
                }
                lines.add(new Line(need, cover == null ? null : cover.itemId(), cover == null ? null : cover.title()));
            }
            checklists.add(new Checklist(behaviour, type.title(), List.copyOf(lines)));
        }
        return List.copyOf(checklists);
    }
}
