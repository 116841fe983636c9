package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The auditor's desk: verification and export run in the background and show how far they are. */
class AuditViewIT extends ViewTest {

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void anAuditorVerifiesTheRecordAndPreparesAnExportWithoutWaiting() {
        String caseId = FreezeFixtures.openCase(commands, staff, FreezeFixtures.account()).reference();
        AuditView view = navigate(AuditView.class);
        test(view.verify).click();
        assertThat(view.verification.getText()).isEqualTo("Verifying...");
        TestCommands.await("the verification finishes", () -> {
            view.refresh();
            return !view.verification.getText().equals("Verifying...");
        });
        assertThat(view.verification.getText()).startsWith("Intact: ");

        test(view.caseId).setValue(caseId);
        test(view.prepare).click();
        TestCommands.await("the export is ready", () -> {
            view.refresh();
            return view.exportStatus.getText().startsWith("Ready");
        });
        assertThat(view.exportStatus.getText()).startsWith("Ready: 3 events");
        assertThat(view.download).isNotNull();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void anAuditorFindsACaseByReferenceAndReachesItsReplayAndExport() {
        var c = FreezeFixtures.openCase(commands, staff, FreezeFixtures.account());
        AuditView view = navigate(AuditView.class);
        assertThat(view.found.isVisible()).isFalse();
        TestCommands.await("the case is listed", () -> {
            test(view.search).setValue("");
            test(view.search).setValue(c.reference());
            return view.found.getListDataView().getItems().anyMatch(s -> s.reference().equals(c.reference()));
        });
        assertThat(view.found.getListDataView().getItems().toList()).hasSize(1);
        assertThat(AuditView.replayLink(view.found.getListDataView().getItem(0)).getHref())
                .isEqualTo("audit/cases/" + c.reference());
        test(view.caseId).setValue("GBX-1999-000001");
        test(view.prepare).click();
        assertThat(view.exportStatus.getText()).isEqualTo(
                "There is no case GBX-1999-000001: a case is named by its reference, like GBX-2026-000042.");
        assertThat(view.prepare.isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void onlyAuditorsOpenTheAuditDesk() {
        Throwable refusal = catchThrowable(() -> navigate(AuditView.class));
        assertThat(refusal == null ? getCurrentView() : refusal).isNotInstanceOf(AuditView.class);
    }
}
