package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.button.Button;

/** The case list as staff use it: filters, search, the visible-to-me rule, and opening a case. */
class CaseListViewIT extends ViewTest {

    private FlaggedCase flag(String mm, String symbol, Behaviour behaviour) {
        return as("investigator", new FlagCase(UUID.randomUUID().toString(), new MarketMaker(mm, "Grid Traders"),
                List.of("UID-1007"), List.of(symbol), Set.of(behaviour), "seen on the " + symbol + " book", Severity.MEDIUM,
                CaseSource.manual()));
    }

    private void awaitListed(CaseListView view, String mm, int n) {
        TestCommands.await(n + " cases of " + mm + " listed", () -> {
            test(view.marketMaker).setValue("");
            test(view.marketMaker).setValue(mm);
            return test(view.grid).size() == n;
        });
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void investigatorFiltersTheListAndOpensACase() {
        String mm = TestCommands.unique("grid");
        FlaggedCase spoof = flag(mm, "SPFUSDT", Behaviour.SPOOFING);
        flag(mm, "WSHUSDT", Behaviour.WASH_TRADING);
        CaseListView view = navigate(CaseListView.class);
        awaitListed(view, mm, 2);
        assertThat(view.count.getText()).isEqualTo("2 cases");

        test(view.symbol).setValue("spfusdt");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellComponent(0, 0).getElement().getTextRecursively())
                .startsWith(spoof.reference()).contains("Flagged 20");
        test(view.symbol).setValue("");
        test(view.behaviour).selectItem("Wash trading");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.behaviour).selectItem(null);
        test(view.status).selectItem("Closed");
        assertThat(test(view.grid).size()).isZero();
        view.status.clear();
        test(view.marketMaker).setValue("");
        test(view.search).setValue(spoof.reference());
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat(((CaseDetailView) getCurrentView()).detail.reference()).isEqualTo(spoof.reference());
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void aFilteredRowShowsWhyItMatchedAndTheChartCountsWhatTheFilterMatches() throws Exception {
        String mm = TestCommands.unique("grid");
        flag(mm, "SPFUSDT", Behaviour.SPOOFING);
        flag(mm, "WSHUSDT", Behaviour.WASH_TRADING);
        CaseListView view = navigate(CaseListView.class);
        awaitListed(view, mm, 2);
        // Drawn again now both are listed: the chart of the last try may predate the second case.
        test(view.marketMaker).setValue("");
        test(view.marketMaker).setValue(mm);
        var counts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(view.counts.option());
        assertThat(counts.get("yAxis").get("data").toString())
                .isEqualTo("[\"Flagged\",\"Under investigation\",\"Closure proposed\",\"Closed\"]");
        var medium = counts.get("series").get(1);
        assertThat(medium.get("name").asText()).isEqualTo("Medium");
        assertThat(medium.get("data").get(0).asLong()).as("both flagged, medium").isEqualTo(2);
        assertThat(counts.get("series").get(3).get("data").get(0).asLong()).isZero();

        test(view.behaviour).selectItem("Wash trading");
        var cell = (com.vaadin.flow.component.html.Div) test(view.grid).getCellComponent(0, 4);
        assertThat(cell.getChildren().map(c -> c.getElement().getText()).toList()).containsExactly("Wash trading");
        assertThat(cell.getChildren().findFirst().orElseThrow().getElement().getClassList()).contains("gb-match");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(view.counts.option()).get("series").get(1)
                .get("data").get(0).asLong()).as("the chart follows the filter").isEqualTo(1);

        test(view.behaviour).selectItem(null);
        test(view.search).setValue("SPFUSDT book");
        var matched = (com.vaadin.flow.component.html.Div) test(view.grid).getCellComponent(0, 2);
        assertThat(matched.getElement().getTextRecursively()).contains("seen on the SPFUSDT book");
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void investigatorsSeeTheFlagButton() {
        navigate(CaseListView.class);
        assertThat($(Button.class).withText("Flag a case").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsReadTheListButCannotFlag() {
        String mm = TestCommands.unique("audit");
        flag(mm, "AUDUSDT", Behaviour.OTHER);
        CaseListView view = navigate(CaseListView.class);
        awaitListed(view, mm, 1);
        assertThat($(Button.class).withText("Flag a case").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsStaffSeeOnlyClosedCases() {
        CaseListView view = navigate(CaseListView.class);
        assertThat(test(view.grid).size()).as("the demo data has closed cases").isPositive();
        for (int row = 0; row < test(view.grid).size(); row++) {
            var status = test(view.grid).getCellComponent(row, 1).getChildren().findFirst().orElseThrow();
            assertThat(((com.vaadin.flow.component.html.Span) status).getText()).isEqualTo(Badges.words(CaseStatus.CLOSED));
        }
    }
}
