package org.glassbox.ui.layout;

import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.admin.ProjectionsView;
import org.glassbox.ui.approvals.ApprovalsView;
import org.glassbox.ui.cases.CaseListView;
import org.glassbox.ui.cases.FlagCaseView;
import org.glassbox.ui.freeze.AccountsView;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The frame of every staff view: navigation (only what the user may open), who is logged in, log out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Actor actor = CurrentActor.require();
        Span title = new Span("Glassbox");
        title.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
        Span user = new Span(actor.userId() + " (" + rolesInWords(actor) + ")");
        user.addClassName("gb-muted");
        Button logout = new Button("Log out", e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, user, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(user);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.COMMUNICATIONS, Role.AUDITOR)) {
            nav.addItem(new SideNavItem("Cases", CaseListView.class));
        }
        if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem("Flag a case", FlagCaseView.class));
        }
        if (actor.has(Role.SUPERVISOR)) {
            nav.addItem(new SideNavItem("Approvals", ApprovalsView.class));
        }
        if (actor.hasAny(Role.COMMUNICATIONS, Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            nav.addItem(new SideNavItem("Notices in progress", org.glassbox.ui.disclosure.NoticesInProgressView.class));
        }
        if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            nav.addItem(new SideNavItem("Accounts", AccountsView.class));
        }
        if (actor.has(Role.AUDITOR)) {
            nav.addItem(new SideNavItem("Audit", org.glassbox.ui.audit.AuditView.class));
        }
        if (actor.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Read models", ProjectionsView.class));
        }
        // The case, replay and freeze pages sit under their section: the menu shows where the person is.
        nav.getItems().forEach(item -> item.setMatchNested(true));
        addToDrawer(nav);
    }

    /** The roles as a person says them: "investigator and supervisor". */
    public static String rolesInWords(Actor actor) {
        java.util.List<String> words = actor.roles().stream().sorted().map(org.glassbox.query.shared.Words::of).toList();
        return words.isEmpty() ? "no role" : org.glassbox.query.shared.Words.and(words);
    }
}
