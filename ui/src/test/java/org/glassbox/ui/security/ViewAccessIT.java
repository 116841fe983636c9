package org.glassbox.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.glassbox.ui.admin.ProjectionsView;
import org.glassbox.ui.approvals.ApprovalsView;
import org.glassbox.ui.freeze.AccountsView;
import org.glassbox.ui.cases.CaseListView;
import org.glassbox.ui.cases.FlagCaseView;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;

/** Each view admits only the roles domain.md gives it; everyone else is turned away. */
class ViewAccessIT extends ViewTest {

    private void refused(Class<? extends Component> view) {
        Throwable refusal = catchThrowable(() -> navigate(view));
        assertThat(refusal == null ? getCurrentView() : refusal).isNotInstanceOf(view);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsCannotOpenTheFlagForm() {
        refused(FlagCaseView.class);
        assertThat(navigate(CaseListView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsStaffCannotOpenTheFlagFormOrAdministration() {
        refused(FlagCaseView.class);
        refused(ProjectionsView.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsCannotOpenCaseViews() {
        refused(FlagCaseView.class);
        refused(CaseListView.class);
        assertThat(navigate(ProjectionsView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void supervisorsOpenTheFlagFormButNotAdministration() {
        assertThat(navigate(FlagCaseView.class)).isNotNull();
        refused(ProjectionsView.class);
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void onlySupervisorsOpenTheApprovalsQueue() {
        refused(ApprovalsView.class);
        assertThat(navigate(AccountsView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "communications", roles = "COMMUNICATIONS")
    void communicationsStaffSeeNeitherFreezesNorApprovals() {
        refused(AccountsView.class);
        refused(ApprovalsView.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorsSeeNeitherFreezesNorApprovals() {
        refused(AccountsView.class);
        refused(ApprovalsView.class);
        refused(org.glassbox.ui.disclosure.NoticesInProgressView.class);
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void auditorsLookUpAccountsButDoNotApprove() {
        assertThat(navigate(AccountsView.class)).isNotNull();
        refused(ApprovalsView.class);
    }

    @Test
    @WithMockUser(username = "supervisor", roles = "SUPERVISOR")
    void supervisorsOpenTheApprovalsQueue() {
        assertThat(navigate(ApprovalsView.class)).isNotNull();
    }
}
