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

    @BeforeEach
    void aCaseWithAHistory() {
        caseId = FreezeFixtures.openCase(commands, staff, FreezeFixtures.account()).caseId();
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
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void onlyAuditorsOpenTheReplay() {
        Throwable refusal = catchThrowable(() -> navigate("audit/cases/" + caseId, CaseReplayView.class));
        assertThat(refusal == null ? getCurrentView() : refusal).isNotInstanceOf(CaseReplayView.class);
    }
}
