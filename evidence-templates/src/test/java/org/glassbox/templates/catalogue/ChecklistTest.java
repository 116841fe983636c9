package org.glassbox.templates.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.shared.Behaviour;
import org.junit.jupiter.api.Test;

class ChecklistTest {
    static final CaseTypeCatalogue CATALOGUE = CaseTypeCatalogue.bundled();

    static EvidenceSummary item(String id, EvidenceKind kind, boolean excluded, Behaviour... linked) {
        return new EvidenceSummary(id, "c", kind, "item " + id, null, "src", "alice", Instant.EPOCH, "alice",
                Instant.EPOCH, new Sha256("0".repeat(64)), 1, "text/csv", "f.csv", "local:" + "0".repeat(64),
                Confidentiality.INTERNAL, List.of(linked), excluded, null, null, 0);
    }

    @Test
    void eachExpectedPieceIsCoveredByAnItemInUseOfItsKindLinkedToTheAllegation() {
        List<Checklist> lists = Checklist.of(CATALOGUE, List.of(Behaviour.WASH_TRADING), List.of(
                item("1", EvidenceKind.TRADE_EXPORT, false, Behaviour.WASH_TRADING),
                item("2", EvidenceKind.ANALYSIS, false, Behaviour.WASH_TRADING),
                item("3", EvidenceKind.ANALYSIS, true, Behaviour.WASH_TRADING),
                item("4", EvidenceKind.ANALYSIS, false, Behaviour.SPOOFING)));
        Checklist wash = lists.get(0);
        assertThat(wash.title()).isEqualTo("Wash trading");
        assertThat(wash.lines()).extracting(Checklist.Line::coveredByItemId).containsExactly("1", "2", null);
        assertThat(wash.missing()).as("an excluded item and one linked elsewhere cover nothing").isEqualTo(1);
    }

    @Test
    void aLinkedAnalysisRunCountsAsAnAnalysisOfItsAllegation() {
        List<Checklist> lists = Checklist.of(CATALOGUE, List.of(Behaviour.WASH_TRADING),
                List.of(item("1", EvidenceKind.TRADE_EXPORT, false, Behaviour.WASH_TRADING)),
                List.of(new Checklist.Support("run-1", EvidenceKind.ANALYSIS, "analysis W1", List.of(Behaviour.WASH_TRADING)),
                        new Checklist.Support("run-2", EvidenceKind.ANALYSIS, "analysis D1",
                                List.of(Behaviour.POST_LISTING_DUMP))));
        assertThat(lists.get(0).lines()).extracting(Checklist.Line::coveredByItemId).containsExactly("1", "run-1", null);
    }

    @Test
    void aCaseWithNoEvidenceMissesEverything() {
        List<Checklist> lists = Checklist.of(CATALOGUE, List.of(Behaviour.KPI_BREACH, Behaviour.SPOOFING), List.of());
        assertThat(lists).extracting(Checklist::behaviour).containsExactly(Behaviour.KPI_BREACH, Behaviour.SPOOFING);
        assertThat(lists).allSatisfy(c -> assertThat(c.missing()).isEqualTo(c.lines().size()));
    }
}
