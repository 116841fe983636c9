package org.glassbox.ui.layout;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Every dialog of the application finishes the same way: a close button in its header and Escape, the
 * same marker on every field a decision needs, and a sentence saying what the decision will do before it
 * is taken.
 */
public class ClosableDialog extends Dialog {

    public ClosableDialog(String title) {
        setHeaderTitle(title);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close");
        close.setId("close-dialog");
        getHeader().add(close);
        setCloseOnEsc(true);
    }

    /** What the decision will do, said before it is taken: add it where the person reads before deciding. */
    public static Paragraph consequence(String text) {
        Paragraph consequence = new Paragraph(text);
        consequence.addClassName("gb-muted");
        consequence.setId("action-consequence");
        return consequence;
    }

    /** Marks every field inside the dialog as required, but the optional ones. */
    public void markRequired(Component... optional) {
        markRequired(this, Set.of(optional));
    }

    private static void markRequired(Component root, Set<Component> optional) {
        root.getChildren().forEach(child -> {
            if (child instanceof HasValueAndElement<?, ?> field && !optional.contains(child)) {
                field.setRequiredIndicatorVisible(true);
            }
            markRequired(child, optional);
        });
    }
}
