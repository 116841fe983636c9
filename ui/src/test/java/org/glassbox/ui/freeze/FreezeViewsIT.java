package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.RejectAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.tabs.TabSheet;

/** The freeze tab with its request form and freeze dialog, and the accounts view. */
class FreezeViewsIT extends ViewTest {
    private static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR));

    @Autowired
    FreezeService freezes;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.glassbox.simulator.ExchangeAccountSimulator exchange;

    String caseId;
    String account;

    @BeforeEach
    void openCase() {
        account = FreezeFixtures.account();
        caseId = FreezeFixtures.openCase(commands, staff, account, account + "1").caseId();
        TestCommands.await("the read side shows the started investigation", () -> cases.detail(AUDITOR, caseId)
                .map(d -> d.version() >= 2).orElse(false));
    }

    private FreezeTab openFreezeTab() {
        navigate("cases/" + caseId, CaseDetailView.class);
        $(TabSheet.class).single().setSelectedIndex(2);
        return $(FreezeTab.class).single();
    }

    private String requestFreeze(String user, Urgency urgency) {
        String freezeId = FreezeFixtures.requestFreeze(commands, staff, user, caseId, urgency, account);
        freezes.awaitNewerThan(AUDITOR, freezeId, -1, 5000);
        return freezeId;
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void theAssigneeRequestsAFreezeFromTheCase() {
        FreezeTab tab = openFreezeTab();
        assertThat(tab.empty.isVisible()).isTrue();
        test(tab.request).click();
        roundTrip(); // an opened dialog joins the UI on the way to the browser
        FreezeRequestDialog form = tab.requestDialog;
        assertThat(form.accounts.getValue()).as("all the case's accounts, ready").containsExactlyInAnyOrder(account,
                account + "1");
        test(form.accounts).deselectItem(account + "1");
        test(form.scope).selectItem("Withdrawals (no funds leave)");
        test(form.proceeds).setValue("usdt 5000000\nGPS 70000000.5");
        test(form.justification).setValue("Proceeds of the GPS dump must not leave");
        test(form.urgency).selectItem("Urgent");
        test(form.submit).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        org.glassbox.api.freeze.FreezeSummary shown = tab.grid.getListDataView().getItem(0);
        assertThat(shown.accounts()).containsExactly(account);
        assertThat(shown.scope()).isEqualTo(FreezeScope.WITHDRAWAL);
        assertThat(shown.status()).isEqualTo(FreezeStatus.REQUESTED);
        assertThat(FreezeViewing.amounts(shown)).isEqualTo("5000000 USDT, 70000000.5 GPS");
        assertThat(test(tab.grid).getCellText(0, 4)).isEqualTo("investigator");

        tab.open(shown);
        roundTrip();
        assertThat(tab.freezeDialog.actions.getComponentCount()).as("an investigator cannot approve").isZero();
        assertThat(test(tab.freezeDialog.history).getCellText(0, 2)).startsWith("Requested an urgent withdrawal freeze");
        // Decided, so its one-hour (here two-second) decision deadline fires into nothing.
        as("supervisor", new RejectAccountFreeze(shown.freezeId(), "not proportionate"));
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void badInputInTheFormIsShownAndNothingIsRecorded() {
        FreezeTab tab = openFreezeTab();
        test(tab.request).click();
        roundTrip(); // an opened dialog joins the UI on the way to the browser
        FreezeRequestDialog form = tab.requestDialog;
        test(form.justification).setValue("Proceeds of the dump");
        long before = TestCommands.eventsAbout(jdbc, caseId, account);

        test(form.accounts).deselectAll();
        test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo("Accounts: must name at least one");

        test(form.accounts).selectItem(account);
        test(form.proceeds).setValue("USDT -5");
        test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo("Proceeds to hold: USDT amount must be positive");

        test(form.proceeds).setValue("USDT 0.1234567890123456789");
        test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo("Proceeds to hold: USDT amount has more than 18 decimals");

        test(form.proceeds).setValue("five million dollars");
        test(form.submit).click();
        assertThat(form.error.getText()).startsWith("Proceeds to hold: 'five million dollars' is not ASSET AMOUNT");

        test(form.proceeds).setValue("");
        test(form.justification).setValue("  ");
        test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo("Justification must not be blank");

        assertThat(form.isOpened()).isTrue();
        assertThat(TestCommands.eventsAbout(jdbc, caseId, account)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void theAccountsViewTellsWhetherAndByWhatAnAccountIsFrozen() {
        String freezeId = requestFreeze("investigator", Urgency.URGENT);
        as("supervisor", new ApproveAccountFreeze(freezeId, null));
        freezes.awaitStatus(AUDITOR, freezeId, 10_000, FreezeStatus.EXECUTED);
        TestCommands.await("the hold shows", () -> freezes.account(AUDITOR, account).frozen());

        AccountsView view = navigate(AccountsView.class);
        test(view.account).setValue("100234");
        test(view.search).click();
        assertThat(view.account.isInvalid()).isTrue();
        assertThat(view.account.getErrorMessage()).isEqualTo("'100234' is not an account id of this exchange (one looks like UID-100234)");

        test(view.account).setValue(account);
        test(view.search).click();
        assertThat(view.account.isInvalid()).isFalse();
        assertThat(view.answer.getText()).startsWith(account + " is frozen (full) since ").endsWith("by 1 freeze.");
        assertThat(test(view.holds).size()).isEqualTo(1);
        assertThat(test(view.holds).getCellText(0, 0)).startsWith("GBX-");

        test(view.account).setValue(account + "1");
        test(view.search).click();
        assertThat(view.answer.getText()).isEqualTo(account + "1 is not frozen.");
        assertThat(view.holds.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsReadFreezesButCannotRequestOrDecide() {
        String freezeId = requestFreeze("investigator", Urgency.ROUTINE);
        FreezeTab tab = openFreezeTab();
        assertThat(tab.request).isNull();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        tab.open(tab.grid.getListDataView().getItem(0));
        roundTrip();
        assertThat(tab.freezeDialog.actions.getComponentCount()).isZero();
        assertThat(tab.grid.getListDataView().getItem(0).freezeId()).isEqualTo(freezeId);
    }

    /** A freeze the account system refused at once (escalated), asked for by the investigator. */
    private String escalatedFreeze() {
        exchange.failNext(1, 422);
        String freezeId = requestFreeze("investigator", Urgency.ROUTINE);
        as("supervisor2", new ApproveAccountFreeze(freezeId, null));
        TestCommands.await("the freeze is escalated", () -> freezes.require(AUDITOR, freezeId).escalated());
        return freezeId;
    }

    private FreezeDialog openDialog(String freezeId) {
        FreezeTab tab = openFreezeTab();
        tab.open(freezes.require(AUDITOR, freezeId));
        roundTrip();
        return tab.freezeDialog;
    }

    private static java.util.List<String> labels(FreezeDialog dialog) {
        return dialog.actions.getChildren().map(c -> ((com.vaadin.flow.component.button.Button) c).getText()).toList();
    }

    private static com.vaadin.flow.component.button.Button button(FreezeDialog dialog, String label) {
        return dialog.actions.getChildren().map(c -> (com.vaadin.flow.component.button.Button) c)
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void aSupervisorHasAnEscalatedFreezeTriedAgainNowFromItsDialog() {
        String freezeId = escalatedFreeze();
        FreezeDialog dialog = openDialog(freezeId);
        assertThat(labels(dialog)).containsExactly("Try again now", "Withdraw the freeze");
        test(button(dialog, "Try again now")).click();
        assertThat(dialog.error.getText()).isEqualTo("Reason must not be blank");
        test(dialog.reason).setValue("The account system is back");
        test(button(dialog, "Try again now")).click();
        assertThat(dialog.isOpened()).isFalse();
        TestCommands.await("the freeze is executed", () -> freezes.require(AUDITOR, freezeId).status()
                == FreezeStatus.EXECUTED);
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void anInvestigatorMayAskToWithdrawAnEscalatedFreezeButNotHaveItTriedAgain() {
        String freezeId = escalatedFreeze();
        FreezeDialog dialog = openDialog(freezeId);
        assertThat(labels(dialog)).containsExactly("Withdraw the freeze");
        test(dialog.reason).setValue("The exchange closed the account");
        test(button(dialog, "Withdraw the freeze")).click();
        TestCommands.await("the withdrawal waits for a supervisor", () -> freezes.require(AUDITOR, freezeId).status()
                == FreezeStatus.LIFT_REQUESTED);
        var badges = FreezeViewing.status(freezes.require(AUDITOR, freezeId)).getChildren()
                .map(c -> ((com.vaadin.flow.component.HasText) c).getText()).toList();
        assertThat(badges).contains("Never carried out");
        as("supervisor", new org.glassbox.api.freeze.ApproveFreezeLift(freezeId, null));
    }
}
