package org.glassbox.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.glassbox.analysis.methods.Methods;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.support.AnalysisFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

/** The analyses tab, its run form and a run's result, as investigators, auditors and communications use them. */
class AnalysesTabViewIT extends ViewTest {
    @Autowired
    EvidenceService evidence;
    @Autowired
    AnalysisService analyses;

    AnalysisFixtures.MarketCase market;

    @BeforeEach
    void market() throws Exception {
        market = AnalysisFixtures.marketCase(commands, staff, evidence, 31, 3000);
    }

    private AnalysesTab openTab() {
        navigate("cases/" + market.caseId(), CaseDetailView.class);
        TabSheet tabs = $(TabSheet.class).single();
        tabs.setSelectedTab($(Tab.class).all().stream().filter(t -> "Analyses".equals(t.getLabel())).findFirst()
                .orElseThrow());
        return $(AnalysesTab.class).single();
    }

    private void awaitStatus(AnalysesTab tab, AnalysisStatus status) {
        TestCommands.await("the run is " + status, () -> {
            tab.refresh();
            return test(tab.grid).size() == 1 && tab.grid.getListDataView().getItem(0).status() == status;
        });
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void theAssigneeRunsTheDumpAnalysisAndSeesItsFiguresChartAndDigest() {
        AnalysesTab tab = openTab();
        assertThat(tab.empty.isVisible()).isTrue();
        test(tab.run).click();
        roundTrip();
        RunAnalysisDialog dialog = tab.runDialog;
        assertThat(dialog.inputs.getValue()).as("every market data item is chosen").hasSize(3);
        test(dialog.method).selectItem("D1 Dumping after listing");
        assertThat(dialog.fields.keySet()).containsExactly("symbol", "from", "to", "bucket");
        assertThat(dialog.fields.get("bucket").getPlaceholder()).isEqualTo("PT1M");

        test(dialog.fields.get("bucket")).setValue("1 minute");
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.fields.get("bucket").isInvalid()).isTrue();
        assertThat(dialog.fields.get("bucket").getErrorMessage()).contains("ISO-8601 duration");
        assertThat(analyses.ofCase(AnalysisFixtures.INVESTIGATOR, market.caseId())).as("nothing queued").isEmpty();

        test(dialog.fields.get("bucket")).setValue("PT5M");
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();
        awaitStatus(tab, AnalysisStatus.COMPLETED);
        test(tab.grid).clickRow(0);
        AnalysisRunPanel panel = tab.panel;
        assertThat(panel.run().parameters()).containsEntry("bucket", "PT5M");
        assertThat(panel.run().headline()).containsEntry("soldQty", "70000000.00").containsEntry("buyOrders", "0")
                .containsEntry("profitRank", "1");
        assertThat(panel.chart).as("the price path is drawn").isNotNull();
        assertThat(panel.chart.option()).contains("market maker's sells", "net position");
        assertThat(panel.verify).isNotNull();
        assertThat(panel.link).isNotNull();
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void flaggedTradesAreListedLazilyAndARunSupportsAnAllegation() {
        AnalysesTab tab = openTab();
        test(tab.run).click();
        roundTrip();
        RunAnalysisDialog dialog = tab.runDialog;
        test(dialog.method).selectItem("W1 " + Methods.require("W1").title());
        test(dialog.submit).click();
        awaitStatus(tab, AnalysisStatus.COMPLETED);
        test(tab.grid).clickRow(0);
        AnalysisRunPanel panel = tab.panel;
        long count = Long.parseLong(panel.run().headline().get("count"));
        assertThat(count).isPositive();
        assertThat(test(panel.trades).size()).isEqualTo((int) count);
        assertThat(panel.chart.option()).contains("match same account", "match same owner");
        test(panel.allegation).selectItem("Wash trading");
        test(panel.link).click();
        TestCommands.await("the link shows", () -> analyses.ofCase(AnalysisFixtures.INVESTIGATOR, market.caseId())
                .getFirst().allegations().contains(org.glassbox.api.shared.Behaviour.WASH_TRADING));
        assertThat(evidence.analysesSupporting(AnalysisFixtures.INVESTIGATOR, market.caseId()))
                .as("the checklist counts the run as an analysis of wash trading").hasSize(1)
                .allSatisfy(s -> assertThat(s.allegations()).contains(org.glassbox.api.shared.Behaviour.WASH_TRADING));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsReadAndVerifyButDoNotRun() {
        String runId = as("investigator", new org.glassbox.api.analysis.RunAnalysis(java.util.UUID.randomUUID()
                .toString(), market.caseId(), "W5", java.util.List.of(market.items().get(
                        org.glassbox.api.evidence.EvidenceKind.TRADE_EXPORT)), java.util.Map.of()));
        TestCommands.await("W5 completes", () -> analyses.find(new Actor("auditor", Set.of(Role.AUDITOR)), runId)
                .filter(r -> r.status() == AnalysisStatus.COMPLETED).isPresent());
        AnalysesTab tab = openTab();
        assertThat(tab.run).isNull();
        test(tab.grid).clickRow(0);
        assertThat(tab.panel.link).isNull();
        assertThat(tab.panel.chart.option()).contains("Benford");
        test(tab.panel.verify).click();
        TestCommands.await("reproduced", () -> analyses.find(new Actor("auditor", Set.of(Role.AUDITOR)), runId)
                .filter(r -> "REPRODUCED".equals(r.verification().state())).isPresent());
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsStaffSeeNoAnalysesTab() {
        navigate("cases/" + market.caseId(), CaseDetailView.class);
        assertThat($(AnalysesTab.class).all()).isEmpty();
    }
}
