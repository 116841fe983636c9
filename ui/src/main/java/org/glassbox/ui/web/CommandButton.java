package org.glassbox.ui.web;

import java.util.function.Function;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;

/**
 * A dialog's decision button: runs the step (send the command, wait for the read side, close), and
 * shows the server's refusal (a bad field, a broken rule, four eyes) in the dialog's error line.
 */
public final class CommandButton {
    private CommandButton() {
    }

    public static Button of(String id, String label, boolean primary, Runnable step, Span error,
            Function<InvalidField, String> fieldLabel) {
        Button button = new Button(label, e -> {
            try {
                step.run();
            } catch (InvalidField invalid) {
                error.setText(fieldLabel.apply(invalid) + " " + invalid.problem());
            } catch (RuleViolation | NotPermitted | AggregateNotFoundException refused) {
                error.setText(refused.getMessage());
            }
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
