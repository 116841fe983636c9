package org.glassbox.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address with no page behind it, inside the layout, instead of Vaadin's "Could not navigate". */
@ParentLayout(MainLayout.class)
@PageTitle("Not found | Glassbox")
@PermitAll
public class PageNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(new Problem("There is no page here", "Nothing in Glassbox answers at /" + path(event)
                + ". The address may be mistyped, or what it named is gone."), HttpServletResponse.SC_NOT_FOUND);
    }
}
