package org.glassbox.ui.security;

import org.springframework.core.env.Environment;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Form login for staff; Spring Security processes the POST to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in | Glassbox")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm login = new LoginForm();
    private final java.time.Duration lockout;

    public LoginView(Environment environment, LoginThrottle throttle) {
        lockout = throttle.lockout();
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Glassbox"), new Paragraph("Case management and evidence disclosure for market-maker enforcement"),
                login);
        if (environment.matchesProfiles("demo")) {
            add(new Paragraph("Demo: log in as investigator, investigator2, supervisor, supervisor2, communications, "
                    + "auditor or admin, each with the password \"demo\"."));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Too many failed logins");
            i18n.getErrorMessage().setMessage("This user or this computer is locked out for a while after repeated"
                    + " wrong passwords. Try again in " + lockout.toMinutes() + " minutes, or ask an administrator.");
            login.setI18n(i18n);
        }
        login.setError(parameters.containsKey("error") || parameters.containsKey("locked"));
    }
}
