package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.notification.Notification;

/** The "flag a case" form: its validation messages, a server refusal beside its field, and success. */
@WithMockUser(username = "investigator", roles = "INVESTIGATOR")
class FlagCaseViewIT extends ViewTest {
    @Autowired
    JdbcTemplate jdbc;

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private void fill(FlagCaseView view, String mm) {
        test(view.marketMakerId).setValue(mm);
        test(view.marketMakerName).setValue("Form Liquidity");
        test(view.accounts).setValue("UID-100234\nUID-100235");
        test(view.symbols).setValue("gpsusdt, shellusdt");
        test(view.behaviours).selectItem("Post-listing dump");
        test(view.summary).setValue("70M GPS sold right after listing");
        test(view.severity).selectItem("High");
    }

    @Test
    void anEmptyFormShowsWhatIsMissingAndStoresNothing() {
        long before = events();
        FlagCaseView view = navigate(FlagCaseView.class);
        test(view.submit).click();

        assertThat(view.marketMakerId.isInvalid()).isTrue();
        assertThat(view.marketMakerId.getErrorMessage()).isEqualTo("Give the market maker's id");
        assertThat(view.accounts.getErrorMessage()).isEqualTo("Name at least one account");
        assertThat(view.symbols.getErrorMessage()).isEqualTo("Name at least one symbol");
        assertThat(view.behaviours.getErrorMessage()).isEqualTo("Choose at least one suspected behaviour");
        assertThat(view.summary.getErrorMessage()).isEqualTo("Summarise what was seen");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Please correct the marked fields");
        assertThat(getCurrentView()).isInstanceOf(FlagCaseView.class);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anAccountOrSymbolNotInTheExchangesFormatIsMarkedAsTheCommandWouldRefuseIt() {
        FlagCaseView view = navigate(FlagCaseView.class);
        fill(view, TestCommands.unique("mm"));
        test(view.accounts).setValue("UID-1' OR '1'='1");
        test(view.symbols).setValue("<script>");
        test(view.submit).click();
        assertThat(view.accounts.getErrorMessage()).contains("is not an account id of this exchange");
        assertThat(view.symbols.getErrorMessage()).contains("is not a trading symbol of this exchange");
    }

    @Test
    void badValuesAreMarkedBesideTheirFields() {
        FlagCaseView view = navigate(FlagCaseView.class);
        fill(view, TestCommands.unique("mm"));
        test(view.accounts).setValue("UID-1001\nUID-1001");
        test(view.marketMakerName).setValue("x".repeat(201));
        test(view.sourceKind).selectItem("Surveillance alert");
        test(view.submit).click();

        assertThat(view.accounts.getErrorMessage()).isEqualTo("names 'UID-1001' twice");
        assertThat(view.marketMakerName.getErrorMessage()).isEqualTo("At most 200 characters");
        assertThat(view.alertId.isVisible()).isTrue();
        assertThat(view.alertId.getErrorMessage()).isEqualTo("An alert-sourced case needs the alert id");
    }

    @Test
    void anAlertAlreadyFlaggedIsRefusedBesideTheAlertField() {
        String alert = TestCommands.unique("SURV");
        FlaggedCase existing = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker("mm-x", "X"), List.of("UID-1001"), List.of("XUSDT"), Set.of(Behaviour.OTHER), "x",
                Severity.LOW, CaseSource.alert(alert)));
        long before = events();
        FlagCaseView view = navigate(FlagCaseView.class);
        fill(view, TestCommands.unique("mm"));
        test(view.sourceKind).selectItem("Surveillance alert");
        test(view.alertId).setValue(alert);
        test(view.submit).click();

        assertThat(view.alertId.isInvalid()).isTrue();
        assertThat(view.alertId.getErrorMessage()).contains("already held by case " + existing.reference());
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aValidFormFlagsTheCaseAndOpensIt() {
        String mm = TestCommands.unique("mm");
        FlagCaseView view = navigate(FlagCaseView.class);
        fill(view, mm);
        test(view.sourceKind).selectItem("Report (project team, user, regulator)");
        test(view.reportedBy).setValue("GPS project team");
        assertThat(view.behaviours.getHelperText()).as("the catalogue explains the chosen behaviour")
                .startsWith("Post-listing dump: ").contains("token loan");
        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        CaseDetailView detail = (CaseDetailView) getCurrentView();
        assertThat(detail.detail.marketMaker().id()).isEqualTo(mm);
        assertThat(detail.detail.symbols()).containsExactly("GPSUSDT", "SHELLUSDT");
        assertThat(detail.detail.accounts()).containsExactly("UID-100234", "UID-100235");
        assertThat(detail.detail.source().reportedBy()).isEqualTo("GPS project team");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Case " + detail.detail.reference() + " flagged");
    }
}
