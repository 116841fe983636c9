package org.glassbox.ui.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;

/** What the error pages share: the problem shown in place of the page, and the address as it may be quoted. */
abstract class ErrorPage extends Div {

    /** Shows the problem in place of whatever was there and answers the status to send. */
    protected int show(Problem problem, int status) {
        removeAll();
        add(problem);
        return status;
    }

    /** The address asked for, as a message may quote it. */
    protected static String path(BeforeEnterEvent event) {
        return org.glassbox.api.shared.Checks.shown(event.getLocation().getPath(), 120);
    }
}
