package org.glassbox.ui.disclosure;

import java.util.List;

import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.shared.Actor;
import org.glassbox.query.shared.Words;
import org.glassbox.ui.cases.Badges;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The notices not yet published, across cases, the one waiting longest first: the communications
 * team's work list. Open cases appear here too, which the case list does not show communications staff.
 */
@Route(value = "notices", layout = MainLayout.class)
@PageTitle("Notices in progress | Glassbox")
@RolesAllowed({"COMMUNICATIONS", "INVESTIGATOR", "SUPERVISOR", "AUDITOR"})
public class NoticesInProgressView extends VerticalLayout {
    final Grid<DisclosureSummary> grid = new Grid<>(DisclosureSummary.class, false);
    final Paragraph empty = new Paragraph("No notice is in progress: every notice drafted so far is published.");

    public NoticesInProgressView(DisclosureService disclosures) {
        Actor actor = CurrentActor.require();
        grid.addComponentColumn(d -> new Anchor("/cases/" + d.facts().caseReference() + "?tab=notices",
                d.facts().caseReference())).setHeader("Case").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.facts().marketMakerName()).setHeader("Market maker").setAutoWidth(true);
        grid.addColumn(d -> Badges.words(d.kind())).setHeader("Notice").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> Badges.of(d.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> since(d)).setHeader("Since").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> next(d, actor)).setHeader("Next step").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("notices-in-progress");
        List<DisclosureSummary> notices = disclosures.inProgress(actor);
        grid.setItems(notices);
        grid.setVisible(!notices.isEmpty());
        empty.setVisible(notices.isEmpty());
        Paragraph count = new Paragraph(Words.count(notices.size(), "notice", "notices")
                + " not yet published. Open a case to read, review or publish its notice.");
        count.setVisible(!notices.isEmpty());
        add(new H2("Notices in progress"), count, empty, grid);
    }

    private static String since(DisclosureSummary d) {
        return Words.of(d.submittedAt() == null ? d.draftedAt() : d.submittedAt());
    }

    /** Who acts next, in the words of the four-eyes rule (the command side decides; this only says). */
    private static String next(DisclosureSummary d, Actor actor) {
        return switch (d.status()) {
            case DRAFT -> d.decidedBy() == null ? "Revise it and submit it for approval"
                    : "Rejected by " + d.decidedBy() + (d.decisionReason() == null ? "" : ": " + d.decisionReason())
                            + "; revise it and submit it again";
            case SUBMITTED -> "A supervisor who neither wrote nor submitted it approves or rejects it"
                    + (actor.userId().equals(d.submittedBy()) ? " (you submitted it)" : "");
            case APPROVED -> "Communications publish it";
            case PUBLISHED -> "";
        };
    }
}
