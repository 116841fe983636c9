package org.glassbox.ui.cases;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

/** Enum values as people read them, and status and severity as small coloured labels. */
public final class Badges {
    private Badges() {
    }

    public static Span of(Enum<?> value) {
        Span badge = new Span(words(value));
        badge.addClassNames("gb-badge", value.name());
        return badge;
    }

    public static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("kpi", "KPI");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
