package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Set;

import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The replay view: stepping through a case's history and seeing the case as it stood. */
class CaseReplayViewIT extends ViewTest {
    @Autowired
    CaseService cases;

    String caseId;
    String reference;

    @BeforeEach
    void aCaseWithAHistory() {
        var opened = FreezeFixtures.openCase(commands, staff, FreezeFixtures.account());
        caseId = opened.caseId();
        reference = opened.reference();
        TestCommands.await("the case is under investigation", () -> cases.detail(new Actor("auditor",
                Set.of(Role.AUDITOR)), caseId).map(d -> d.status() == CaseStatus.UNDER_INVESTIGATION).orElse(false));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void anAuditorStepsBackAndForthThroughTheHistory() {
        CaseReplayView view = navigate("audit/cases/" + caseId, CaseReplayView.class);
        assertThat(view.position.getText()).isEqualTo("Event 3 of 3");
        assertThat(view.shown.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        assertThat(view.next.isEnabled()).isFalse();

        test(view.previous).click();
        assertThat(view.position.getText()).isEqualTo("Event 2 of 3");
        assertThat(view.shown.status()).isEqualTo(CaseStatus.FLAGGED);
        assertThat(view.shown.assignee()).isEqualTo("investigator");

        test(view.events).clickRow(0);
        assertThat(view.shown.assignee()).isNull();
        assertThat(view.payload.getText()).contains("\"reference\"");
        assertThat(view.previous.isEnabled()).isFalse();

        test(view.next).click();
        test(view.next).click();
        assertThat(view.position.getText()).isEqualTo("Event 3 of 3");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void theReplayTellsEachEventInWordsWithTheStoredEventOneClickAway() {
        CaseReplayView view = navigate("audit/cases/" + reference, CaseReplayView.class);
        var described = view.events.getListDataView().getItems().map(e -> e.description()).toList();
        assertThat(described.get(0)).startsWith("Investigator investigator flagged Freeze Capital (")
                .endsWith(" on GPSUSDT for post listing dump, severity critical, from a manual entry; the case is "
                        + reference);
        assertThat(described.subList(1, 3)).containsExactly("Supervisor supervisor assigned the case to investigator",
                "Investigator investigator started the investigation");
        assertThat(view.events.getListDataView().getItems().map(e -> e.area()).toList()).containsOnly("Case");
        assertThat(view.described.getText()).contains("Investigator investigator started the investigation")
                .doesNotContain("InvestigationStarted").matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC.*");
        assertThat(view.stored.isOpened()).as("the raw event waits behind a click").isFalse();
        assertThat(view.payload.getText()).startsWith("Type: InvestigationStarted").contains(caseId);
        String state = view.state.getElement().getTextRecursively();
        assertThat(state).contains("Under investigation", "Critical", "Post listing dump: ", "Suspected")
                .doesNotContain("UNDER_INVESTIGATION", "SUSPECTED", "CRITICAL");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void theTimeAxisHasADotPerEventOnItsPartOfTheCase() throws Exception {
        CaseReplayView view = navigate("audit/cases/" + reference, CaseReplayView.class);
        var option = new com.fasterxml.jackson.databind.ObjectMapper().readTree(view.timeAxis.option());
        assertThat(option.get("xAxis").get("type").asText()).isEqualTo("time");
        assertThat(option.get("yAxis").get("data").toString()).isEqualTo("[\"Case\",\"Evidence\",\"Analysis\",\"Freeze\",\"Notice\"]");
        var caseSeries = option.get("series").get(0);
        assertThat(caseSeries.get("name").asText()).isEqualTo("Case");
        assertThat(caseSeries.get("data")).hasSize(3);
        assertThat(caseSeries.get("data").get(2).get("name").asText()).startsWith("#3 ")
                .endsWith("Investigator investigator started the investigation");
        assertThat(caseSeries.get("data").get(2).get("value").get(0).asLong())
                .isEqualTo(view.shown.history().get(2).at().toEpochMilli());
        assertThat(option.get("series").get(3).get("data")).as("no freeze yet").isEmpty();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void anOldLinkByIdShowsTheReferenceAndAnUnknownReferenceSaysSo() {
        navigate("audit/cases/" + caseId, CaseReplayView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("audit/cases/" + reference);
        CaseReplayView missing = navigate("audit/cases/GBX-1999-000001", CaseReplayView.class);
        assertThat(missing.getElement().getTextRecursively()).contains("There is no such case",
                "No case has the reference GBX-1999-000001");
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void onlyAuditorsOpenTheReplay() {
        Throwable refusal = catchThrowable(() -> navigate("audit/cases/" + caseId, CaseReplayView.class));
        assertThat(refusal == null ? getCurrentView() : refusal).isNotInstanceOf(CaseReplayView.class);
    }
}
