package org.glassbox.ui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.glassbox.api.disclosure.DisclosureStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.glassbox.ui.freeze.FreezeService;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.cases.CaseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.tabs.TabSheet;

/** The notices tab: drafting from figures, editing, the redaction refusal shown, four eyes, publication. */
class DisclosureTabViewIT extends ViewTest {
    private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR));

    @Autowired
    EvidenceIntake intake;
    @Autowired
    DisclosureService disclosures;
    @Autowired
    CaseService cases;
    @Autowired
    FreezeService freezes;
    @Autowired
    EvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;

    DisclosureFixtures.ReadyCase c;

    @BeforeEach
    void caseWithSomethingToDisclose() throws Exception {
        c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        TestCommands.await("the read side shows the finding, the freeze and the evidence", () ->
                cases.detail(AUDITOR, c.caseId()).map(d -> d.allegations().get(0).status().name()
                        .equals("SUBSTANTIATED")).orElse(false)
                && freezes.ofCase(AUDITOR, c.caseId()).stream()
                        .anyMatch(f -> f.freezeId().equals(c.freezeId()) && f.status().name().equals("EXECUTED"))
                && evidence.list(AUDITOR, c.caseId()).size() == 2);
    }

    private DisclosureTab openTab() {
        navigate("cases/" + c.caseId(), CaseDetailView.class);
        TabSheet tabs = $(TabSheet.class).single();
        tabs.setSelectedTab($(com.vaadin.flow.component.tabs.Tab.class).all().stream()
                .filter(t -> "Notices".equals(t.getLabel())).findFirst().orElseThrow());
        return $(DisclosureTab.class).single();
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void anInvestigatorDraftsFromFiguresAndIsStoppedByTheRedactionScan() {
        DisclosureTab tab = openTab();
        assertThat(tab.empty.isVisible()).isTrue();
        test(tab.draft).click();
        roundTrip();
        FiguresDialog figures = tab.figuresDialog;
        long before = TestCommands.eventsAbout(jdbc, c.caseId());
        test(figures.create).click();
        assertThat(figures.error.getText()).isEqualTo("Period of the conduct must not be blank");
        assertThat(TestCommands.eventsAbout(jdbc, c.caseId())).isEqualTo(before);

        test(figures.period).setValue("4-8 March 2026");
        test(figures.volume).setValue("about 70M GPS");
        test(figures.create).click();
        roundTrip();
        assertThat(figures.isOpened()).isFalse();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        DisclosureDialog dialog = tab.disclosureDialog;
        assertThat(dialog.text.getValue()).contains("about 70M GPS").doesNotContain(c.account());

        test(dialog.text).setValue(dialog.text.getValue() + "\n\nAsk Susan Miller about account " + c.account() + ".");
        test($(com.vaadin.flow.component.button.Button.class, dialog).id("save-revision")).click();
        tab.open(tab.grid.getListDataView().getItem(0));
        roundTrip();
        DisclosureDialog revised = tab.disclosureDialog;
        test($(com.vaadin.flow.component.button.Button.class, revised).id("submit-disclosure")).click();
        assertThat(revised.error.getText()).contains("account id " + c.account(), "staff name Susan Miller");
        assertThat(disclosures.ofCase(AUDITOR, c.caseId()).get(0).status()).isEqualTo(DisclosureStatus.DRAFT);
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsPublishAnApprovedNoticeButCannotApprove() {
        String id = disclosures.draft(new Actor("investigator", Set.of(Role.INVESTIGATOR)), c.caseId(),
                org.glassbox.api.disclosure.NoticeKind.NOTICE, null,
                new org.glassbox.api.disclosure.KeyFigures("4-8 March 2026", null, null, null, null, true));
        as("investigator", new org.glassbox.api.disclosure.SubmitDisclosureForApproval(id));
        disclosures.awaitNewerThan(id, 0, 5000);
        DisclosureTab tab = openTab();
        tab.open(tab.grid.getListDataView().getItem(0));
        roundTrip();
        assertThat($(com.vaadin.flow.component.button.Button.class, tab.disclosureDialog).all())
                .extracting(b -> b.getId().orElse("")).doesNotContain("approve-disclosure", "publish-disclosure");
        tab.disclosureDialog.close();

        as("supervisor", new org.glassbox.api.disclosure.ApproveDisclosure(id, null));
        disclosures.awaitNewerThan(id, 1, 5000);
        tab.refresh();
        tab.open(tab.grid.getListDataView().getItem(0));
        roundTrip();
        test($(com.vaadin.flow.component.button.Button.class, tab.disclosureDialog).id("publish-disclosure")).click();
        assertThat(tab.grid.getListDataView().getItem(0).noticeReference()).isEqualTo(c.reference() + "-N1");
    }
}
