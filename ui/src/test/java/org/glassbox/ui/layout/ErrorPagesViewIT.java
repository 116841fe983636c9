package org.glassbox.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.ui.approvals.ApprovalsView;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.UI;

/** What a person sees where a page cannot be shown: inside the layout, in words, with the way back. */
class ErrorPagesViewIT extends ViewTest {

    private String shownText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void aPageForAnotherRoleSaysSoInsideTheLayout() {
        navigate("approvals", PageForbidden.class);
        assertThat(getCurrentView()).isInstanceOf(PageForbidden.class).isNotInstanceOf(ApprovalsView.class);
        assertThat(shownText()).contains("Your role may not open this page",
                "You are logged in as investigator (investigator); /approvals is for other roles",
                "Go to the start page", "Go to the case list")
                .doesNotContain("Could not navigate");
        assertThat($(Problem.class).single().getParent()).isPresent();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(MainLayout.class::isInstance);
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void anAddressWithNoPageSaysSoInsideTheLayout() {
        navigate("no/such/page", PageNotFound.class);
        assertThat(shownText()).contains("There is no page here", "Nothing in Glassbox answers at /no/such/page",
                "Go to the start page").doesNotContain("Could not navigate");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(MainLayout.class::isInstance);
    }

    @Test
    @WithMockUser(username = "investigator", roles = "INVESTIGATOR")
    void anUnknownCaseReferenceSaysNoSuchCaseWithTheWayToTheList() {
        navigate("cases/GBX-1999-000042", CaseDetailView.class);
        assertThat(shownText()).contains("There is no such case", "No case has the reference GBX-1999-000042",
                "Go to the case list");
        navigate("cases/not-a-reference", CaseDetailView.class);
        assertThat(shownText()).contains("There is no such case",
                "Cases are named by their reference, like GBX-2026-000042");
    }
}
