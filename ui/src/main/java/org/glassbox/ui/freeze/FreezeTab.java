package org.glassbox.ui.freeze;

import java.time.Clock;
import java.util.List;

import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.shared.Actor;

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
 * The freezes tab of a case: each freeze with its status and what needs attention, a request form
 * for those who may ask, and each freeze's history and actions on a click.
 */
public class FreezeTab extends VerticalLayout {
    final Grid<FreezeSummary> grid = new Grid<>(FreezeSummary.class, false);
    final Paragraph empty = new Paragraph("No freeze has been requested on this case.");
    Button request;
    FreezeRequestDialog requestDialog;
    FreezeDialog freezeDialog;
    private final FreezeService freezes;
    private final Actor actor;
    private final CaseDetail c;

    public FreezeTab(FreezeService freezes, Actor actor, CaseDetail c, Clock clock) {
        this.freezes = freezes;
        this.actor = actor;
        this.c = c;
        setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(new H3("Account freezes"));
        bar.setAlignItems(Alignment.BASELINE);
        if (freezes.mayRequest(actor, c)) {
            request = new Button("Request a freeze", VaadinIcon.LOCK.create(), e -> {
                requestDialog = new FreezeRequestDialog(freezes, actor, c, clock, this::showNew);
                requestDialog.open();
            });
            request.setId("request-freeze");
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(request);
        }
        grid.addColumn(f -> FreezeViewing.time(f.requestedAt())).setHeader("Requested").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> String.join(", ", f.accounts())).setHeader("Accounts").setFlexGrow(2);
        grid.addColumn(f -> org.glassbox.ui.cases.Badges.words(f.scope())).setHeader("Scope").setAutoWidth(true);
        grid.addComponentColumn(FreezeViewing::status).setHeader("Status").setFlexGrow(2);
        grid.addColumn(FreezeSummary::requestedBy).setHeader("Requested by").setAutoWidth(true);
        grid.addColumn(f -> f.decidedBy() == null ? "" : f.decidedBy()).setHeader("Decided by").setAutoWidth(true);
        grid.addColumn(f -> FreezeViewing.time(f.reviewBy())).setHeader("Review by").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(bar, empty, grid);
        refresh();
    }

    void open(FreezeSummary freeze) {
        freezeDialog = new FreezeDialog(freezes, actor, freeze, this::refresh);
        freezeDialog.open();
    }

    public void refresh() {
        List<FreezeSummary> all = freezes.ofCase(actor, c.caseId());
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void showNew(String freezeId) {
        freezes.awaitNewerThan(actor, freezeId, -1, 5000);
        refresh();
    }
}
