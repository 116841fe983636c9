package org.glassbox.templates.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.shared.Behaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseTypeCatalogueTest {

    @Test
    void theBundledCatalogueDescribesEveryBehaviourWithTheEvidenceItNeeds() {
        CaseTypeCatalogue catalogue = CaseTypeCatalogue.bundled();
        assertThat(catalogue.all()).hasSize(Behaviour.values().length);
        var dump = catalogue.of(Behaviour.POST_LISTING_DUMP);
        assertThat(dump.title()).isEqualTo("Post-listing dump");
        assertThat(dump.description()).contains("token loan");
        assertThat(dump.evidence()).extracting(CaseTypeCatalogue.EvidenceNeed::kind)
                .contains(EvidenceKind.CONTRACT, EvidenceKind.TRADE_EXPORT);
    }

    @Test
    void aCatalogueFromADirectoryReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        String edited = new String(CaseTypeCatalogue.class.getResourceAsStream(CaseTypeCatalogue.CLASSPATH_LOCATION)
                .readAllBytes()).replace("title: Wash trading", "title: Wash trading (self-matching)");
        Files.writeString(dir.resolve("behaviours.yaml"), edited);
        assertThat(CaseTypeCatalogue.fromDirectory(dir).of(Behaviour.WASH_TRADING).title())
                .isEqualTo("Wash trading (self-matching)");
    }

    @Test
    void anIncompleteCatalogueIsRefusedListingEveryProblem() {
        String yaml = """
                behaviours:
                  WASH_TRADING:
                    title: Wash trading
                    description: same owner both sides
                    colour: red
                    evidence:
                      - kind: TRADE_EXPORT
                        need: trades
                      - kind: RUMOUR
                        need: hearsay
                  FRONT_RUNNING:
                    title: x
                """;
        assertThatThrownBy(() -> CaseTypeCatalogue.parse(yaml, "test.yaml"))
                .isInstanceOf(CaseTypeCatalogue.InvalidCatalogue.class)
                .hasMessageContaining("'FRONT_RUNNING' is not a known behaviour")
                .hasMessageContaining("WASH_TRADING: unknown field 'colour'")
                .hasMessageContaining("WASH_TRADING.evidence[1].kind: 'RUMOUR' is not one of")
                .hasMessageContaining("SPOOFING is missing");
    }

    @Test
    void aBehaviourWithoutEvidenceIsRefused() {
        String yaml = """
                behaviours:
                  OTHER: {title: Other, description: anything, evidence: []}
                """;
        assertThatThrownBy(() -> CaseTypeCatalogue.parse(yaml, "t"))
                .hasMessageContaining("OTHER.evidence: list at least one piece of evidence");
    }

    @Test
    void brokenYamlIsRefusedClearly() {
        assertThatThrownBy(() -> CaseTypeCatalogue.parse("behaviours: [unclosed", "t"))
                .hasMessageStartingWith("t: not valid YAML");
    }
}
