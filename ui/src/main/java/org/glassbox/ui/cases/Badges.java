package org.glassbox.ui.cases;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

/** Status and severity shown as small coloured labels. */
final class Badges {
    private Badges() {
    }

    static Span of(Enum<?> value) {
        Span badge = new Span(words(value));
        badge.addClassNames("gb-badge", value.name());
        return badge;
    }

    static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("kpi", "KPI");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
