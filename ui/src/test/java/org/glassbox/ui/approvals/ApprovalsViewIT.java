package org.glassbox.ui.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.glassbox.api.approvals.ApprovalRequest;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.freeze.FreezeService;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** The supervisor's approvals queue: freezes, lifts and closures waiting across cases, oldest first. */
class ApprovalsViewIT extends ViewTest {
    private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR));

    @Autowired
    FreezeService freezes;
    @Autowired
    CaseService cases;

    String caseId;
    String account;

    @BeforeEach
    void openCase() {
        account = FreezeFixtures.account();
        caseId = FreezeFixtures.openCase(commands, staff, account).caseId();
    }

    private String requestFreeze(String user, Urgency urgency) {
        String freezeId = FreezeFixtures.requestFreeze(commands, staff, user, caseId, urgency, account);
        freezes.awaitNewerThan(AUDITOR, freezeId, -1, 5000);
        return freezeId;
    }

    @Test
    @WithMockUser(username = "supervisor2", roles = "SUPERVISOR")
    void aSupervisorDecidesFromTheQueueOldestFirstButNeverOnTheirOwnRequest() {
        String older = requestFreeze("investigator", Urgency.ROUTINE);
        String own = requestFreeze("supervisor2", Urgency.ROUTINE);
        as("investigator", new DismissAllegation(caseId, Behaviour.POST_LISTING_DUMP, "volumes explained"));
        as("investigator", new ProposeClosure(caseId, ClosureOutcome.NO_VIOLATION, "volumes explained"));
        TestCommands.await("the closure is proposed", () -> cases.detail(AUDITOR, caseId)
                .map(d -> d.pendingClosure() != null).orElse(false));

        ApprovalsView view = navigate(ApprovalsView.class);
        List<ApprovalRequest> queue = view.queue.getListDataView().getItems()
                .filter(r -> caseId.equals(r.caseId())).toList();
        assertThat(queue).extracting(ApprovalRequest::kind).containsExactly(ApprovalRequest.Kind.FREEZE,
                ApprovalRequest.Kind.FREEZE, ApprovalRequest.Kind.CLOSURE);
        assertThat(queue.get(0).freezeId()).isEqualTo(older);
        assertThat(queue.get(0).requestedBy()).isEqualTo("investigator");
        assertThat(queue.get(0).justification()).startsWith("Proceeds of the dump on ");
        List<ApprovalRequest> all = view.queue.getListDataView().getItems().toList();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).requestedAt()).isAfterOrEqualTo(all.get(i - 1).requestedAt());
        }

        view.open(queue.get(1));
        roundTrip(); // an opened dialog joins the UI on the way to the browser
        Dialog ownDialog = view.openDialog;
        assertThat($(Button.class, ownDialog).all()).extracting(b -> b.getId().orElse(""))
                .as("four eyes: no decision on one's own request").doesNotContain("approve-freeze", "reject-freeze");
        ownDialog.close();

        view.open(queue.get(0));
        roundTrip();
        Dialog dialog = view.openDialog;
        test($(TextArea.class, dialog).single()).setValue("Proportionate to the dump");
        test($(Button.class, dialog).id("approve-freeze")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.queue.getListDataView().getItems().map(ApprovalRequest::freezeId))
                .doesNotContain(older).contains(own);
        assertThat(freezes.awaitStatus(AUDITOR, older, 10_000, FreezeStatus.EXECUTED)).get()
                .extracting(org.glassbox.api.freeze.FreezeSummary::decidedBy).isEqualTo("supervisor2");
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void aClosureInTheQueueLeadsToItsCase() {
        as("investigator", new DismissAllegation(caseId, Behaviour.POST_LISTING_DUMP, "volumes explained"));
        as("investigator", new ProposeClosure(caseId, ClosureOutcome.NO_VIOLATION, "volumes explained"));
        TestCommands.await("the closure is proposed", () -> cases.detail(AUDITOR, caseId)
                .map(d -> d.pendingClosure() != null).orElse(false));
        ApprovalsView view = navigate(ApprovalsView.class);
        ApprovalRequest closure = view.queue.getListDataView().getItems().filter(r -> caseId.equals(r.caseId()))
                .findFirst().orElseThrow();
        assertThat(closure.justification()).isEqualTo("No violation: volumes explained");
        view.open(closure);
        assertThat(getCurrentView()).isInstanceOf(org.glassbox.ui.cases.CaseDetailView.class);
    }
}
