package org.glassbox.ui.support;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.ui.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

/** Browserless view tests: real views, services and PostgreSQL, no browser; same context as the API tests. */
@GlassboxIntegrationTest
@ViewPackages(packages = "org.glassbox.ui")
public abstract class ViewTest extends SpringBrowserlessTest {
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected StaffAccounts staff;

    protected <R> R as(String user, Object command) {
        return TestCommands.as(commands, staff, user, command);
    }
}
