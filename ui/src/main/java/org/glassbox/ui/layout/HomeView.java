package org.glassbox.ui.layout;

import org.glassbox.api.shared.Role;
import org.glassbox.ui.admin.ProjectionsView;
import org.glassbox.ui.cases.CaseListView;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The landing page after login: sends each user to where their role starts. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actor = CurrentActor.require();
        if (actor.has(Role.COMMUNICATIONS) && !actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            // Communications staff start from their work: the notices waiting to be written, reviewed or published.
            event.forwardTo(org.glassbox.ui.disclosure.NoticesInProgressView.class);
        } else if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.COMMUNICATIONS, Role.AUDITOR)) {
            event.forwardTo(CaseListView.class);
        } else if (actor.has(Role.ADMIN)) {
            event.forwardTo(ProjectionsView.class);
        } else {
            setText("Your account has no role in Glassbox yet; ask an administrator.");
        }
    }
}
