package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;

/** The case page: what it shows, which actions each person gets, and acting through its dialogs. */
class CaseDetailViewIT extends ViewTest {

    private FlaggedCase flagged() {
        return as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(TestCommands.unique("mm"), "Page Markets"), List.of("UID-1005"), List.of("PGEUSDT"),
                Set.of(Behaviour.SPOOFING), "bids pulled before fills", Severity.HIGH, CaseSource.manual()));
    }

    private CaseDetailView open(FlaggedCase c) {
        return open(c, 0);
    }

    /** Opens the case page once the read side shows the case at the version the test's commands made. */
    private CaseDetailView open(FlaggedCase c, long version) {
        TestCommands.await(c.reference() + " is readable at version " + version, () -> {
            CaseDetailView view = navigate("cases/" + c.reference(), CaseDetailView.class);
            return view.detail != null && view.detail.version() >= version;
        });
        return navigate("cases/" + c.reference(), CaseDetailView.class);
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void theCasePageIsAddressedByReferenceAndAnOldLinkByIdLandsThere() {
        FlaggedCase c = flagged();
        CaseDetailView view = open(c);
        assertThat(view.detail.caseId()).isEqualTo(c.caseId());
        navigate("cases/" + c.caseId(), CaseDetailView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("cases/" + c.reference());
    }

    private List<String> actionLabels(CaseDetailView view) {
        return view.actions.getChildren().map(b -> ((Button) b).getText()).toList();
    }

    private FlaggedCase proposedByInvestigator() {
        FlaggedCase c = flagged();
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        as("investigator", new SubstantiateAllegation(c.caseId(), Behaviour.SPOOFING, "cancel ratio 98%"));
        as("investigator", new ProposeClosure(c.caseId(), ClosureOutcome.SANCTIONED, "offboard"));
        return c;
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void supervisorAssignsAFlaggedCaseThroughTheDialog() {
        FlaggedCase c = flagged();
        CaseDetailView view = open(c);
        assertThat($(H2.class).first().getText()).isEqualTo(c.reference());
        assertThat(actionLabels(view)).containsExactly("Assign", "Add note", "Change severity");

        test($(Button.class).id("action-assign")).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> who = $(ComboBox.class, view.openDialog).single();
        test(who).selectItem("investigator2");
        test($(Button.class, view.openDialog).id("confirm-action")).click();

        assertThat(view.detail.assignee()).isEqualTo("investigator2");
        assertThat(actionLabels(view)).contains("Start investigation");
        assertThat(view.timeline.getLazyDataView().getItems().map(e -> e.description()).toList())
                .contains("Assigned the case to investigator2");
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void aNoteWithoutTextIsRefusedInTheDialog() {
        FlaggedCase c = flagged();
        CaseDetailView view = open(c);
        long version = view.detail.version();
        test($(Button.class).id("action-add-note")).click();
        test($(Button.class, view.openDialog).id("confirm-action")).click();
        assertThat(view.openDialog.isOpened()).isTrue();
        assertThat(view.openDialog.getChildren().anyMatch(ch -> ch.getElement().getText()
                .equals("Note must not be blank"))).isTrue();
        assertThat(view.detail.version()).isEqualTo(version);
    }

    @Test
    @WithMockUser(username = "supervisor2", roles = "SUPERVISOR")
    void aDialogMarksItsRequiredFieldsSaysWhatItWillDoAndClosesWithoutDeciding() {
        CaseDetailView view = open(proposedByInvestigator(), 4);
        long version = view.detail.version();
        test($(Button.class).id("action-reject-closure")).click();
        assertThat($(TextArea.class, view.openDialog).single().isRequiredIndicatorVisible()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, view.openDialog).id("action-consequence").getText())
                .isEqualTo("The proposal is turned down and the case goes back under investigation.");
        assertThat(view.openDialog.isCloseOnEsc()).isTrue();
        test($(Button.class, view.openDialog).id("close-dialog")).click();
        assertThat(view.openDialog.isOpened()).isFalse();
        assertThat(view.detail.version()).isEqualTo(version);
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void anUnassignedCaseSaysWhoAssignsIt() {
        CaseDetailView view = open(flagged());
        assertThat(view.detail.assignee()).isNull();
        assertThat($(com.vaadin.flow.component.html.Span.class).all()).extracting(
                com.vaadin.flow.component.html.Span::getText)
                .contains("Nobody yet: a supervisor assigns the case to an investigator");
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void theProposerIsNotOfferedTheApproval() {
        CaseDetailView view = open(proposedByInvestigator(), 4);
        assertThat(view.detail.status()).isEqualTo(CaseStatus.CLOSURE_PROPOSED);
        assertThat(actionLabels(view)).doesNotContain("Approve closure", "Reject closure");
    }

    @Test
    @WithMockUser(username = "supervisor2", roles = "SUPERVISOR")
    void aSecondSupervisorApprovesTheClosure() {
        CaseDetailView view = open(proposedByInvestigator(), 4);
        assertThat(actionLabels(view)).contains("Approve closure", "Reject closure");
        test($(Button.class).id("action-approve-closure")).click();
        assertThat($(TextArea.class, view.openDialog).single().isRequiredIndicatorVisible())
                .as("the approval's comment is optional").isFalse();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, view.openDialog).id("action-consequence").getText())
                .isEqualTo("The case closes as sanctioned. It can be reopened later, with a reason.");
        test($(TextArea.class, view.openDialog).single()).setValue("Agreed, offboard.");
        test($(Button.class, view.openDialog).id("confirm-action")).click();

        assertThat(view.detail.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.detail.outcome()).isEqualTo(ClosureOutcome.SANCTIONED);
        assertThat(actionLabels(view)).containsExactly("Reopen");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsReadButGetNoActions() {
        CaseDetailView view = open(flagged());
        assertThat(view.detail).isNotNull();
        assertThat(actionLabels(view)).isEmpty();
        assertThat(view.timeline.getLazyDataView().getItems()).hasSize(1);
        Details evidence = $(Details.class).single();
        assertThat(evidence.getSummaryText()).isEqualTo("Evidence needed");
        assertThat($(ListItem.class, evidence).all()).extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("Order book snapshot: Order-book snapshots before, during and after"));
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void aLongTimelineScrollsInABoxOfItsOwnAndReadsItsEntriesPageByPage() {
        FlaggedCase c = flagged();
        int notes = CaseDetailView.TIMELINE_PAGE + 10;
        for (int i = 1; i <= notes; i++) {
            as("supervisor", new AddCaseNote(c.caseId(), "note " + i));
        }
        CaseDetailView view = open(c, notes);

        assertThat(view.timeline.isAllRowsVisible()).isFalse();
        assertThat(view.timeline.getHeight()).isEqualTo("40em");
        assertThat(view.timeline.getLazyDataView().getItem(notes).description())
                .isEqualTo("Added a note: note " + notes);
        assertThat(view.timeline.getLazyDataView().getItems()).hasSize(notes + 1);
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void aShortTimelineShowsWhole() {
        CaseDetailView view = open(flagged());
        assertThat(view.timeline.isAllRowsVisible()).isTrue();
        assertThat(view.timeline.getHeight()).isNull();
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsStaffCannotOpenAnOpenCase() {
        FlaggedCase c = flagged();
        CaseDetailView view = navigate("cases/" + c.caseId(), CaseDetailView.class);
        TestCommands.await("refusal shown", () -> {
            navigate("cases/" + c.caseId(), CaseDetailView.class);
            return $(H2.class).first().getText().equals("Not available to your role yet");
        });
        assertThat(view.detail).isNull();
    }
}
