package org.glassbox.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Administrators rebuild the read models and follow the replay (who may open it: ViewAccessIT). */
class ProjectionsViewIT extends ViewTest {
    @Autowired
    ProjectionRebuild projections;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminRebuildsTheReadModelsAndSeesTheReplayComplete() {
        ProjectionsView view = navigate(ProjectionsView.class);
        test(view.rebuild).click();
        TestCommands.await("the replay reaches the head", projections::caughtUp);
        view.showProgress();
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.status.getText()).startsWith("case-views: event ").endsWith("- up to date");
    }
}
