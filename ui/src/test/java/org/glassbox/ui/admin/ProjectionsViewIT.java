package org.glassbox.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.progressbar.ProgressBar;

/** Administrators rebuild the read models and follow the replay (who may open it: ViewAccessIT). */
class ProjectionsViewIT extends ViewTest {
    @Autowired
    ProjectionRebuild projections;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminRebuildsTheReadModelsAndSeesTheReplayComplete() {
        ProjectionsView view = navigate(ProjectionsView.class);
        test(view.rebuild).click();
        TestCommands.await("the replay reaches the head", projections::caughtUp);
        view.showProgress();
        assertThat(view.status.getText()).isEqualTo("All read models are up to date.");
        java.util.List<ProgressBar> bars = view.processors.getChildren().flatMap(row -> row.getChildren())
                .filter(ProgressBar.class::isInstance).map(ProgressBar.class::cast).toList();
        assertThat(bars).as("one bar per read model").hasSize(projections.progress().size()).hasSizeGreaterThan(3)
                .allSatisfy(bar -> assertThat(bar.getValue()).isEqualTo(1.0));
        assertThat(view.processors.getElement().getTextRecursively()).contains("Case views: up to date, event ");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminSeesWhereTheDemoPublishesItsNoticesFrom() {
        ProjectionsView view = navigate(ProjectionsView.class);
        assertThat(view.publicAddress.getText()).startsWith("http://localhost:" + port + " (the demo's own address");
    }
}
