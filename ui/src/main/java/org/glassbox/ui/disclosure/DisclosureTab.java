package org.glassbox.ui.disclosure;

import java.util.List;

import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.cases.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The public notices of a case: drafting one from the case's facts, and each notice's text, review
 * and publication. The server redacts and checks; this tab only shows what it says.
 */
public class DisclosureTab extends VerticalLayout {
    final Grid<DisclosureSummary> grid = new Grid<>(DisclosureSummary.class, false);
    final Paragraph empty = new Paragraph("No public notice has been drafted for this case.");
    Button draft;
    FiguresDialog figuresDialog;
    DisclosureDialog disclosureDialog;
    private final DisclosureService disclosures;
    private final Actor actor;
    private final CaseDetail c;

    public DisclosureTab(DisclosureService disclosures, Actor actor, CaseDetail c) {
        this.disclosures = disclosures;
        this.actor = actor;
        this.c = c;
        setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(new H3("Public notices"));
        bar.setAlignItems(Alignment.BASELINE);
        if (actor.hasAny(Role.COMMUNICATIONS, Role.INVESTIGATOR, Role.SUPERVISOR)) {
            draft = new Button("Draft a notice", VaadinIcon.FILE_TEXT_O.create(), e -> openFigures(NoticeKind.NOTICE,
                    null, null));
            draft.setId("draft-notice");
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(draft);
        }
        grid.addColumn(d -> Badges.words(d.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addComponentColumn(d -> Badges.of(d.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(d -> d.noticeReference() == null ? "" : d.noticeReference()).setHeader("Reference")
                .setAutoWidth(true);
        grid.addColumn(d -> d.draftedBy() + (d.revision() > 0 ? ", " + org.glassbox.query.shared.Words.count(d.revision(), "revision", "revisions") : ""))
                .setHeader("Drafted by").setAutoWidth(true);
        grid.addColumn(d -> d.decidedBy() == null ? "" : d.decidedBy()).setHeader("Decided by").setAutoWidth(true);
        grid.addColumn(d -> d.supersededByReference() == null ? "" : "Superseded by " + d.supersededByReference())
                .setHeader("Later");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(bar, empty, grid);
        refresh();
    }

    void openFigures(NoticeKind kind, DisclosureSummary supersedes, Runnable after) {
        figuresDialog = new FiguresDialog(disclosures, actor, c.caseId(), kind, supersedes, id -> {
            disclosures.awaitNewerThan(id, -1, 5000);
            refresh();
            disclosures.awaitNewerThan(id, -1, 1).ifPresent(this::open);
        });
        figuresDialog.open();
    }

    void open(DisclosureSummary disclosure) {
        disclosureDialog = new DisclosureDialog(disclosures, actor, disclosure, this::refresh,
                (kind, published) -> openFigures(kind, published, null));
        disclosureDialog.open();
    }

    public void refresh() {
        List<DisclosureSummary> all = disclosures.ofCase(actor, c.caseId());
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
