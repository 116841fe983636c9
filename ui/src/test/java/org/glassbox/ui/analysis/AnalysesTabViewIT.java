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
    void kpiComplianceReadsTheTermsAndShadesEachBreachOnTheSpreadAndDepthCharts() throws Exception {
        AnalysesTab tab = openTab();
        test(tab.run).click();
        roundTrip();
        RunAnalysisDialog dialog = tab.runDialog;
        test(dialog.method).selectItem("K1 " + Methods.require("K1").title());
        assertThat(dialog.inputs.getValue()).as("K1 reads the KPI terms too").hasSize(4)
                .anySatisfy(i -> assertThat(i.kind()).isEqualTo(org.glassbox.api.evidence.EvidenceKind.KPI_TERMS));
        var withTerms = new java.util.LinkedHashSet<>(dialog.inputs.getValue());
        dialog.inputs.setValue(new java.util.LinkedHashSet<>(withTerms.stream()
                .filter(i -> i.kind() != org.glassbox.api.evidence.EvidenceKind.KPI_TERMS).toList()));
        test(dialog.submit).click();
        assertThat(dialog.error.getText()).as("the refusal in words").contains(org.glassbox.ui.cases.Badges.words(
                org.glassbox.api.evidence.EvidenceKind.KPI_TERMS)).doesNotContain("KPI_TERMS");
        assertThat(dialog.isOpened()).isTrue();
        dialog.inputs.setValue(withTerms);
        test(dialog.submit).click();
        awaitStatus(tab, AnalysisStatus.COMPLETED);
        test(tab.grid).clickRow(0);
        AnalysisRunPanel panel = tab.panel;
        var truth = AnalysisFixtures.truth(market).get("K1").get("breaches");
        assertThat(panel.charts).hasSize(2);
        var spread = new com.fasterxml.jackson.databind.ObjectMapper().readTree(panel.charts.get(0).option());
        assertThat(spread.at("/series/0/markLine/data/0/yAxis").asText()).isEqualTo("100");
        var shaded = spread.at("/series/0/markArea/data");
        long spreadOrPresence = java.util.stream.StreamSupport.stream(truth.spliterator(), false)
                .filter(b -> !b.get("term").asText().equals("DEPTH")).count();
        assertThat(shaded).as("each spread and presence breach shaded").hasSize((int) spreadOrPresence);
        assertThat(shaded.get(0).get(0).get("xAxis").asText()).isEqualTo(truth.get(0).get("from").asText());
        assertThat(panel.charts.get(1).option()).contains("least depth allowed", "depth too thin");
        var breaches = (com.vaadin.flow.component.grid.Grid<?>) $(com.vaadin.flow.component.grid.Grid.class)
                .id("kpi-breaches");
        assertThat(test(breaches).size()).isEqualTo(truth.size());
        assertThat(test(breaches).getCellText(0, 0)).isIn("spread too wide", "depth too thin", "no bid or no ask");
        var daily = (com.vaadin.flow.component.grid.Grid<?>) $(com.vaadin.flow.component.grid.Grid.class).id("kpi-daily");
        assertThat(test(daily).size()).isEqualTo(3);
        assertThat(panel.run().headline()).containsEntry("breaches", Integer.toString(truth.size()));
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void orderBehaviourAndSpoofingShowTheirChartsTablesAndEpisodePictures() throws Exception {
        var items = market.items();
        java.util.List<String> orders = java.util.List.of(items.get(org.glassbox.api.evidence.EvidenceKind.TRADE_EXPORT),
                items.get(org.glassbox.api.evidence.EvidenceKind.ACCOUNT_LINKS),
                items.get(org.glassbox.api.evidence.EvidenceKind.ORDER_EVENTS));
        for (String method : java.util.List.of("S1", "S2")) {
            as("investigator", new org.glassbox.api.analysis.RunAnalysis(java.util.UUID.randomUUID().toString(),
                    market.caseId(), method, orders, java.util.Map.of()));
        }
        AnalysesTab tab = openTab();
        TestCommands.await("both complete", () -> {
            tab.refresh();
            return test(tab.grid).size() == 2 && tab.grid.getListDataView().getItems()
                    .allMatch(r -> r.status() == AnalysisStatus.COMPLETED);
        });
        for (int row = 0; row < 2; row++) {
            test(tab.grid).clickRow(row);
            AnalysisRunPanel panel = tab.panel;
            if (panel.run().method().equals("S1")) {
                assertThat(panel.charts.get(0).option()).contains("Order-to-trade ratio per hour", "market maker",
                        "everyone else");
                assertThat(panel.charts.get(1).option()).contains("Share of each order size filled");
                var figures = (com.vaadin.flow.component.grid.Grid<?>) $(com.vaadin.flow.component.grid.Grid.class)
                        .id("order-behaviour");
                assertThat(test(figures).getCellText(3, 0)).isEqualTo("order-to-trade ratio by count");
                assertThat(test(figures).getCellText(3, 1)).as("to two decimals").isEqualTo(new java.math.BigDecimal(
                        panel.run().headline().get("orderToTradeCount")).setScale(2, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString());
            } else {
                int episodes = Integer.parseInt(panel.run().headline().get("episodes"));
                assertThat(episodes).isPositive();
                assertThat(panel.charts.get(0).option()).contains("Spoofing episodes and their orders at each threshold");
                assertThat(panel.charts).as("the sensitivity chart and one picture per episode, six at most")
                        .hasSize(1 + Math.min(6, episodes));
                assertThat(panel.charts.get(1).option()).contains("the fill", "placed and cancelled");
                var table = (com.vaadin.flow.component.grid.Grid<?>) $(com.vaadin.flow.component.grid.Grid.class)
                        .id("spoofing-episodes");
                assertThat(test(table).size()).isEqualTo(episodes);
                var sensitivity = (com.vaadin.flow.component.grid.Grid<?>) $(com.vaadin.flow.component.grid.Grid.class)
                        .id("spoofing-sensitivity");
                assertThat(test(sensitivity).getCellText(1, 0)).isEqualTo("5 times the fill");
            }
        }
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
