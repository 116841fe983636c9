package org.glassbox.ui.layout;

import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the person's role may not open. Glassbox's pages are no secret (the code is open), so it says
 * so plainly, with the roles the person has, instead of pretending the page does not exist.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not for your role | Glassbox")
@PermitAll
public class PageForbidden extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(new Problem("Your role may not open this page", "You are logged in as "
                + CurrentActor.require().userId() + " (" + MainLayout.rolesInWords(CurrentActor.require())
                + "); /" + path(event) + " is for other roles. "
                + "If you need it, ask an administrator for the role."), HttpServletResponse.SC_FORBIDDEN);
    }
}
