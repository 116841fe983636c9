package org.glassbox.ui.approvals;

import java.util.List;

import org.glassbox.api.approvals.ApprovalRequest;
import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.shared.Actor;
import org.glassbox.ui.cases.Badges;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.freeze.FreezeService;
import org.glassbox.ui.freeze.FreezeViewing;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * The supervisor's dashboard: every freeze, lift and closure waiting for a second person across all
 * cases, oldest first, and the freezes in force past their review deadline or failed beyond retries.
 */
@Route(value = "approvals", layout = MainLayout.class)
@PageTitle("Approvals | Glassbox")
@RolesAllowed("SUPERVISOR")
public class ApprovalsView extends VerticalLayout {
    final Grid<ApprovalRequest> queue = new Grid<>(ApprovalRequest.class, false);
    final Grid<FreezeSummary> attention = new Grid<>(FreezeSummary.class, false);
    final Paragraph queueEmpty = new Paragraph("Nothing is waiting for a decision.");
    final Paragraph attentionEmpty = new Paragraph("No freeze is overdue for review or escalated.");
    Dialog openDialog;
    private final FreezeService freezes;
    private final Actor actor;

    public ApprovalsView(FreezeService freezes) {
        this.freezes = freezes;
        this.actor = CurrentActor.require();
        queue.addColumn(r -> FreezeViewing.time(r.requestedAt())).setHeader("Waiting since")
                .setAutoWidth(true).setFlexGrow(0);
        queue.addComponentColumn(this::kind).setHeader("What").setAutoWidth(true);
        queue.addColumn(ApprovalRequest::caseReference).setHeader("Case").setAutoWidth(true);
        queue.addColumn(r -> r.requestedBy() + (actor.userId().equals(r.requestedBy()) ? " (you)" : ""))
                .setHeader("Requested by").setAutoWidth(true);
        queue.addColumn(ApprovalRequest::justification).setHeader("Justification").setFlexGrow(3);
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.setAllRowsVisible(true);
        queue.addItemClickListener(e -> open(e.getItem()));

        attention.addColumn(f -> FreezeViewing.time(f.reviewBy())).setHeader("Review by").setAutoWidth(true)
                .setFlexGrow(0);
        attention.addColumn(FreezeSummary::caseReference).setHeader("Case").setAutoWidth(true);
        attention.addColumn(f -> String.join(", ", f.accounts())).setHeader("Accounts");
        attention.addComponentColumn(FreezeViewing::status).setHeader("Status").setFlexGrow(2);
        attention.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        attention.setAllRowsVisible(true);
        attention.addItemClickListener(e -> openDialog = FreezeViewing.open(freezes, actor, e.getItem(),
                this::refresh));

        add(new H2("Approvals"), new H3("Waiting for a decision"), queueEmpty, queue, new H3("Needing attention"),
                attentionEmpty, attention);
        refresh();
    }

    private HorizontalLayout kind(ApprovalRequest r) {
        HorizontalLayout cell = new HorizontalLayout(new Span(switch (r.kind()) {
            case FREEZE -> "Freeze" + (r.urgency() == null ? "" : " (" + Badges.words(r.urgency()).toLowerCase() + ")");
            case LIFT -> "Lift of a freeze";
            case CLOSURE -> "Case closure";
            case DISCLOSURE -> "Public notice";
        }));
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)");
        if (r.overdue()) {
            cell.add(FreezeViewing.warning("Overdue"));
        }
        return cell;
    }

    void open(ApprovalRequest r) {
        if (r.kind() == ApprovalRequest.Kind.CLOSURE || r.kind() == ApprovalRequest.Kind.DISCLOSURE) {
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, new RouteParameters("caseId", r.caseReference())));
            return;
        }
        openDialog = FreezeViewing.open(freezes, actor, freezes.require(actor, r.freezeId()), this::refresh);
    }

    void refresh() {
        List<ApprovalRequest> waiting = freezes.pendingApprovals(actor);
        queue.setItems(waiting);
        queue.setVisible(!waiting.isEmpty());
        queueEmpty.setVisible(waiting.isEmpty());
        List<FreezeSummary> overdue = freezes.needingAttention(actor);
        attention.setItems(overdue);
        attention.setVisible(!overdue.isEmpty());
        attentionEmpty.setVisible(overdue.isEmpty());
    }
}
