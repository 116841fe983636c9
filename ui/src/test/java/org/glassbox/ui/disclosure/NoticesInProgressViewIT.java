package org.glassbox.ui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.disclosure.DisclosureStatus;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.templates.notices.NoticeTemplates;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;

/** The communications team's work list: open cases whose notice is in progress, and the way into each. */
class NoticesInProgressViewIT extends ViewTest {
    private static final Actor INVESTIGATOR = new Actor("investigator", Set.of(Role.INVESTIGATOR));

    @Autowired
    EvidenceIntake intake;
    @Autowired
    DisclosureService disclosures;
    @Autowired
    NoticeTemplates templates;

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsLandOnTheirWorkListAfterLogin() {
        navigate("", NoticesInProgressView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Notices in progress")
                .doesNotContain("Accounts", "Flag a case");
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsFindAnOpenCaseWhoseNoticeWaitsForApprovalAndOpenItOnItsNoticesTab() throws Exception {
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        TestCommands.await("the finding is on the read side", () -> !disclosures
                .facts(INVESTIGATOR, c.caseId(), figures()).behavioursFound().isEmpty());
        var facts = disclosures.facts(INVESTIGATOR, c.caseId(), figures());
        String template = templates.choose(NoticeKind.NOTICE, facts.behavioursFound(), facts.outcome());
        String id = UUID.randomUUID().toString();
        as("investigator", new DraftDisclosure(id, c.caseId(), NoticeKind.NOTICE, null, template, facts,
                templates.render(template, facts, NoticeKind.NOTICE, null)));
        as("investigator", new SubmitDisclosureForApproval(id));
        TestCommands.await("the notice waits for approval", () -> disclosures.awaitNewerThan(id, -1, 100)
                .map(d -> d.status() == DisclosureStatus.SUBMITTED).orElse(false));

        // The list is read when the page opens (the test's UI opened it at its start, before the notice).
        navigate("cases", org.glassbox.ui.cases.CaseListView.class);
        NoticesInProgressView view = navigate("notices", NoticesInProgressView.class);
        List<DisclosureSummary> rows = view.grid.getGenericDataView().getItems().toList();
        int row = rows.stream().map(DisclosureSummary::disclosureId).toList().indexOf(id);
        assertThat(row).as("the submitted notice is listed in %s", rows).isNotNegative();
        assertThat(rows).extracting(DisclosureSummary::status).doesNotContain(DisclosureStatus.PUBLISHED);
        assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("Freeze Capital");
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("Notice");
        assertThat(test(view.grid).getCellText(row, 5)).isEqualTo("A supervisor who neither wrote nor submitted it approves or rejects it");
        Anchor link = (Anchor) test(view.grid).getCellComponent(row, 0);
        assertThat(link.getText()).isEqualTo(c.reference());
        assertThat(link.getHref()).isEqualTo("/cases/" + c.reference() + "?tab=notices");

        // The case is still open, yet its notice is readable: the link opens it on the Notices tab.
        com.vaadin.flow.component.UI.getCurrent().navigate(CaseDetailView.class,
                new com.vaadin.flow.router.RouteParameters("caseId", c.reference()),
                com.vaadin.flow.router.QueryParameters.of("tab", "notices"));
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat($(TabSheet.class).single().getSelectedTab().getLabel()).isEqualTo("Notices");
    }

    private static KeyFigures figures() {
        return new KeyFigures("4-8 March 2026", "about 70M GPS", null, null, null, false);
    }
}
