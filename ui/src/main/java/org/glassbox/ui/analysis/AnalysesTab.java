package org.glassbox.ui.analysis;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.shared.Actor;
import org.glassbox.ui.evidence.EvidenceService;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * The analyses tab of a case: every run with its status (and progress while it runs), a form to run a
 * method on the case's market data, and the chosen run's result with its digest, charts and flagged
 * trades. A run whose rerun did not reproduce its digest is shown as an alarm at the top. While a run
 * is queued or running the tab polls the read side; the work itself is never on the UI thread.
 */
public class AnalysesTab extends VerticalLayout {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    final Grid<AnalysisRunView> grid = new Grid<>(AnalysisRunView.class, false);
    final Paragraph empty = new Paragraph("No analysis has been run on this case.");
    final Div alarm = new Div();
    final Div detail = new Div();
    Button run;
    RunAnalysisDialog runDialog;
    AnalysisRunPanel panel;
    private final AnalysisService analyses;
    private final EvidenceService evidence;
    private final Actor actor;
    private final CaseDetail c;
    private String shown;
    private Registration polling;

    public AnalysesTab(AnalysisService analyses, EvidenceService evidence, Actor actor, CaseDetail c) {
        this.analyses = analyses;
        this.evidence = evidence;
        this.actor = actor;
        this.c = c;
        setPadding(false);
        HorizontalLayout bar = new HorizontalLayout(new H3("Analyses"));
        bar.setAlignItems(Alignment.BASELINE);
        if (analyses.mayRun(actor, c)) {
            run = new Button("Run an analysis", VaadinIcon.CHART.create(), e -> {
                runDialog = new RunAnalysisDialog(analyses, evidence, actor, c, this::showNew);
                runDialog.open();
            });
            run.setId("run-analysis");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(run);
        }
        alarm.setId("analysis-alarm");
        alarm.addClassName("gb-alarm");
        grid.addColumn(r -> TIME.format(r.requestedAt())).setHeader("Requested").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.method() + " " + AnalysisRunPanel.title(r.method())).setHeader("Method").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(AnalysesTab::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AnalysisRunPanel::headline).setHeader("Figures").setFlexGrow(3);
        grid.addColumn(r -> r.resultDigest() == null ? "" : r.resultDigest().substring(0, 12) + "...")
                .setHeader("Result SHA-256").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> switch (r.verification().state()) {
            case "REPRODUCED" -> "reproduced";
            case "NOT_REPRODUCED" -> "NOT reproduced";
            case "RUNNING" -> "verifying...";
            default -> "";
        }).setHeader("Verified").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> show(e.getItem().runId()));
        detail.setWidthFull();
        add(bar, alarm, empty, grid, detail);
        refresh();
    }

    static com.vaadin.flow.component.Component status(AnalysisRunView r) {
        Span badge = org.glassbox.ui.cases.Badges.of(r.status());
        if (r.status() == AnalysisStatus.RUNNING || r.status() == AnalysisStatus.QUEUED) {
            ProgressBar bar = new ProgressBar(0, 1, r.progress());
            bar.setWidth("8em");
            Span step = new Span(r.step() == null ? "" : r.step());
            step.addClassName("gb-muted");
            VerticalLayout v = new VerticalLayout(badge, bar, step);
            v.setPadding(false);
            v.setSpacing(false);
            return v;
        }
        return badge;
    }

    /** Reads the runs again; keeps polling while any is unfinished or being verified. */
    public void refresh() {
        List<AnalysisRunView> all = analyses.ofCase(actor, c.caseId());
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        List<AnalysisRunView> broken = all.stream().filter(r -> "NOT_REPRODUCED".equals(r.verification().state()))
                .toList();
        alarm.setVisible(!broken.isEmpty());
        alarm.setText(broken.isEmpty() ? "" : org.glassbox.query.shared.Words.count(broken.size(), "analysis result", "analysis results") + " of this case could not be"
                + " reproduced from the stored evidence: " + String.join("; ", broken.stream().map(r -> r.method()
                        + " (" + r.verification().problem() + ")").toList()) + ". Do not rely on them.");
        boolean busy = all.stream().anyMatch(r -> r.status() == AnalysisStatus.QUEUED
                || r.status() == AnalysisStatus.RUNNING || "RUNNING".equals(r.verification().state()));
        getUI().ifPresent(ui -> poll(ui, busy));
        if (shown != null) {
            all.stream().filter(r -> r.runId().equals(shown)).findFirst().ifPresent(r -> {
                if (panel == null || panel.run().version() != r.version()) {
                    showPanel(r);
                }
            });
        }
    }

    void show(String runId) {
        shown = runId;
        Optional<AnalysisRunView> found = analyses.find(actor, runId);
        found.ifPresent(this::showPanel);
    }

    private void showPanel(AnalysisRunView r) {
        panel = new AnalysisRunPanel(analyses, actor, c, r, this::refresh);
        detail.removeAll();
        detail.add(panel);
        panel.scrollIntoView();
    }

    private void showNew(String runId) {
        analyses.awaitNewerThan(actor, runId, -1, 5000);
        shown = runId;
        refresh();
        show(runId);
    }

    private void poll(com.vaadin.flow.component.UI ui, boolean busy) {
        if (busy && polling == null) {
            ui.setPollInterval(500);
            polling = ui.addPollListener(e -> refresh());
        } else if (!busy && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detach.getUI().setPollInterval(-1);
        }
    }
}
