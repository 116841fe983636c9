package org.glassbox.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What a person sees where the page they asked for cannot be shown: what happened, in words, and
 * the way back. Inside the staff layout, so the menu stays where it was.
 */
public final class Problem extends VerticalLayout {

    public Problem(String heading, String explanation) {
        addClassName("gb-problem");
        setId("problem");
        Anchor start = new Anchor("", "Go to the start page");
        start.setId("back-to-start");
        Anchor cases = new Anchor("cases", "Go to the case list");
        add(new H2(heading), new Paragraph(explanation), new Paragraph(start), new Paragraph(cases));
    }

    /** A case that is not there, named as the person named it. */
    public static Problem noSuchCase(String asked) {
        return new Problem("There is no such case", org.glassbox.api.cases.CaseReference.isReference(asked)
                ? "No case has the reference " + asked + ". Check the reference, or find the case in the case list."
                : "Cases are named by their reference, like GBX-2026-000042. Find the case in the case list.");
    }
}
