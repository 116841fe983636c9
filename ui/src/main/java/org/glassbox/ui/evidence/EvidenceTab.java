package org.glassbox.ui.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.glassbox.api.cases.Allegation;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.shared.Actor;
import org.glassbox.templates.catalogue.CaseTypeCatalogue;
import org.glassbox.templates.catalogue.Checklist;
import org.glassbox.ui.cases.Badges;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The evidence tab of a case: what each allegation's checklist still misses, every item with its
 * fingerprint and last verification (a failure shown loudly), and adding evidence.
 */
public class EvidenceTab extends VerticalLayout {
    final Grid<EvidenceSummary> grid = new Grid<>(EvidenceSummary.class, false);
    final VerticalLayout checklists = new VerticalLayout();
    Button add;
    EvidenceUploadDialog uploadDialog;
    EvidenceItemDialog itemDialog;
    private final EvidenceService evidence;
    private final CaseTypeCatalogue catalogue;
    private final Actor actor;
    private final CaseDetail c;

    public EvidenceTab(EvidenceService evidence, CaseTypeCatalogue catalogue, Actor actor, CaseDetail c, Clock clock) {
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.actor = actor;
        this.c = c;
        setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(new H3("Evidence"));
        bar.setAlignItems(Alignment.BASELINE);
        if (evidence.maySubmit(actor, c)) {
            add = new Button("Add evidence", VaadinIcon.UPLOAD.create(), e -> {
                uploadDialog = new EvidenceUploadDialog(evidence, actor, c, clock, this::refresh);
                uploadDialog.open();
            });
            add.setId("add-evidence");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(add);
        }

        grid.addColumn(EvidenceSummary::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(i -> Badges.words(i.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(i -> size(i.size())).setHeader("Size").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::digestCell).setHeader("SHA-256").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Badges.words(i.confidentiality())).setHeader("Confidentiality").setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.allegations().stream().map(Badges::words).toList()))
                .setHeader("Allegations");
        grid.addComponentColumn(EvidenceTab::verification).setHeader("Last verified").setAutoWidth(true);
        grid.addColumn(i -> i.excluded() ? "Excluded" : "").setHeader("In use").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            itemDialog = new EvidenceItemDialog(evidence, actor, e.getItem(),
                    c.allegations().stream().map(Allegation::behaviour).toList(), this::refresh);
            itemDialog.open();
        });
        checklists.setPadding(false);
        checklists.setSpacing(false);
        add(bar, checklists, grid);
        refresh();
    }

    void refresh() {
        List<EvidenceSummary> items = evidence.list(actor, c.caseId());
        grid.setItems(items);
        checklists.removeAll();
        for (Checklist list : Checklist.of(catalogue, c.allegations().stream().map(Allegation::behaviour).toList(),
                items, evidence.analysesSupporting(actor, c.caseId()))) {
            UnorderedList lines = new UnorderedList();
            for (Checklist.Line line : list.lines()) {
                ListItem li = new ListItem((line.covered() ? "Covered: " : "Missing: ") + Badges.words(line.need().kind())
                        + " - " + line.need().need() + (line.covered() ? " (" + line.coveredByTitle() + ")" : ""));
                li.getStyle().set("color", line.covered() ? "var(--lumo-success-text-color)"
                        : "var(--lumo-secondary-text-color)");
                lines.add(li);
            }
            long gathered = list.lines().size() - list.missing();
            Details details = new Details("Checklist " + list.title() + ": " + gathered + " of "
                    + list.lines().size() + " gathered", lines);
            details.setOpened(list.missing() > 0);
            // How far the checklist is, at a glance: a bar beside the words.
            com.vaadin.flow.component.progressbar.ProgressBar progress = new com.vaadin.flow.component.progressbar
                    .ProgressBar(0, Math.max(1, list.lines().size()), gathered);
            progress.addClassName("gb-checklist-progress");
            progress.setWidth("16em");
            if (list.missing() == 0) {
                progress.addThemeVariants(com.vaadin.flow.component.progressbar.ProgressBarVariant.LUMO_SUCCESS);
            }
            checklists.add(progress, details);
        }
    }

    private Component digestCell(EvidenceSummary item) {
        Span hash = new Span(item.sha256().shortForm() + "...");
        hash.getStyle().set("font-family", "monospace");
        hash.setTitle(item.sha256().hex());
        Button copy = new Button(VaadinIcon.COPY.create(), e -> e.getSource().getElement()
                .executeJs("navigator.clipboard.writeText($0)", item.sha256().hex()));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        copy.setTooltipText("Copy the full SHA-256");
        copy.setAriaLabel("Copy SHA-256 " + item.sha256().hex());
        HorizontalLayout cell = new HorizontalLayout(hash, copy);
        cell.setSpacing(false);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    static Component verification(EvidenceSummary item) {
        EvidenceSummary.LastVerification v = item.lastVerification();
        if (v == null) {
            return new Span("not yet");
        }
        Span span = new Span(v.intact() ? "Intact, " + EvidenceItemDialog.TIME.format(v.at())
                : "FAILED " + EvidenceItemDialog.TIME.format(v.at()) + ": " + v.problem());
        if (!v.intact()) {
            span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "700");
            span.getElement().setAttribute("role", "alert");
        }
        return span;
    }


    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
