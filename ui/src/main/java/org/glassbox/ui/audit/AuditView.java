package org.glassbox.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.VerifyIntegrity;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.command.audit.AuditExport;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseSummary;
import org.glassbox.query.shared.Words;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.web.CaseKeys;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The auditor's desk: verify the whole record now (the hash chain recomputed, the report recorded),
 * and prepare a signed export, both in the background with their progress shown, never blocking the
 * screen.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit | Glassbox")
@RolesAllowed("AUDITOR")
public class AuditView extends VerticalLayout {
    final Button verify = new Button("Verify the record now");
    final Paragraph verification = new Paragraph("Not verified in this session.");
    final TextField caseId = new TextField("Case reference (empty: every case)");
    final TextField search = new TextField("Find a case");
    final Grid<CaseSummary> found = new Grid<>(CaseSummary.class, false);
    final Button prepare = new Button("Prepare export");
    final Paragraph exportStatus = new Paragraph();
    Anchor download;
    private final AtomicReference<CompletableFuture<IntegrityReport>> running = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Path>> exporting = new AtomicReference<>();
    private final AtomicLong written = new AtomicLong();
    private final CommandGateway commands;
    private final AuditExport export;
    private final Actor actor;

    private final CaseKeys keys;
    private final CaseService cases;

    public AuditView(CommandGateway commands, AuditExport export, CaseKeys keys, CaseService cases) {
        this.commands = commands;
        this.export = export;
        this.keys = keys;
        this.cases = cases;
        this.actor = CurrentActor.require();
        search.setId("case-search");
        search.setPlaceholder("Reference, market maker or words of the summary");
        search.setWidth("28em");
        search.setMaxLength(200);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> findCases());
        found.setId("case-search-results");
        found.addColumn(CaseSummary::reference).setHeader("Case").setAutoWidth(true).setFlexGrow(0);
        found.addColumn(CaseSummary::marketMakerName).setHeader("Market maker").setAutoWidth(true);
        found.addComponentColumn(c -> org.glassbox.ui.cases.Badges.of(c.status())).setHeader("Status").setAutoWidth(true);
        found.addComponentColumn(c -> {
            RouterLink replay = replayLink(c);
            Button exportIt = new Button("Export", e -> {
                caseId.setValue(c.reference());
                startExport();
            });
            exportIt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout links = new HorizontalLayout(replay, exportIt);
            links.setAlignItems(Alignment.BASELINE);
            return links;
        }).setHeader("").setAutoWidth(true);
        found.setAllRowsVisible(true);
        found.setVisible(false);
        verify.setId("verify-record");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> startVerification());
        verification.setId("verification");
        prepare.setId("prepare-export");
        prepare.addClickListener(e -> startExport());
        exportStatus.setId("export-status");
        caseId.setMaxLength(64);
        caseId.setWidth("24em");
        add(new H2("Audit"), new H3("Integrity of the record"), new Paragraph("Recomputes the hash chain over every "
                + "stored event and compares it with the stored chain and its signed checkpoints."), verify,
                verification, new H3("Cases"), new Paragraph("Find a case to replay its history event by event or to "
                        + "export its record."), search, found, new H3("Export"), new Paragraph("JSON Lines in CloudEvents form with each event's chain "
                        + "digest and a signed manifest; check it offline with java -jar glassbox.jar verify."),
                caseId, prepare, exportStatus);
    }

    private Map<String, Object> asAuditor() {
        return Map.of(MetaDataKeys.USER_ID, actor.userId(), MetaDataKeys.USER_ROLES, actor.rolesText());
    }

    void startVerification() {
        verify.setEnabled(false);
        verification.setText("Verifying...");
        running.set(CompletableFuture.supplyAsync(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new VerifyIntegrity(UUID.randomUUID().toString())).andMetaData(asAuditor()))));
    }

    static RouterLink replayLink(CaseSummary c) {
        return new RouterLink("Replay", CaseReplayView.class, new RouteParameters("caseId", c.reference()));
    }

    void findCases() {
        String q = search.getValue().strip();
        found.setVisible(!q.isEmpty());
        found.setItems(q.isEmpty() ? java.util.List.of() : cases.find(actor, new CaseFilter(null, null, null, null, null,
                q), CaseSort.NEWEST_FIRST, 0, 20).items());
    }

    void startExport() {
        String asked = caseId.getValue().strip();
        String id = asked.isEmpty() ? null : keys.idOf(asked).orElse(null);
        if (!asked.isEmpty() && id == null) {
            exportStatus.setText("There is no case " + org.glassbox.api.shared.Checks.shown(asked, 40)
                    + ": a case is named by its reference, like GBX-2026-000042.");
            return;
        }
        prepare.setEnabled(false);
        written.set(0);
        exporting.set(CompletableFuture.supplyAsync(() -> {
            try {
                Path file = Files.createTempFile("glassbox-export-", ".jsonl");
                try (OutputStream out = Files.newOutputStream(file)) {
                    export.write(out, id, null, null, written::set);
                }
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        exportStatus.setText("Preparing...");
    }

    /** Called on each poll: shows where the background work stands. */
    void refresh() {
        CompletableFuture<IntegrityReport> check = running.get();
        if (check != null && check.isDone()) {
            running.set(null);
            verify.setEnabled(true);
            try {
                IntegrityReport report = check.join();
                verification.setText(report.intact() ? "Intact: " + Words.count(report.eventsChecked(), "event",
                        "events") + " checked, chain head " + report.chainHead() + ", "
                        + Words.count(report.checkpointsChecked(), "signed checkpoint", "signed checkpoints")
                        + " verified." : "NOT INTACT: " + (report.firstChainBreak() != null ? "event "
                                + report.firstChainBreak().eventIdentifier() + ": " + report.firstChainBreak().problem()
                                + "; " : "") + Words.count(report.notInChain().size(), "event", "events")
                                + " slipped in, " + Words.count(report.sequenceGaps().size(), "sequence gap",
                                        "sequence gaps") + ", " + report.undeserialisable().size() + " unreadable, "
                                + Words.count(report.checkpointProblems().size(), "checkpoint problem",
                                        "checkpoint problems") + ".");
            } catch (RuntimeException failed) {
                verification.setText("The verification could not run: " + failed.getMessage());
            }
        }
        CompletableFuture<Path> file = exporting.get();
        if (file != null) {
            if (!file.isDone()) {
                exportStatus.setText("Preparing... " + written.get() + " events written");
                return;
            }
            exporting.set(null);
            prepare.setEnabled(true);
            try {
                Path ready = file.join();
                long size = Files.size(ready);
                exportStatus.setText("Ready: " + Words.count(written.get(), "event", "events") + ", "
                        + Words.count(size, "byte", "bytes") + ".");
                if (download != null) {
                    remove(download);
                }
                download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        Files.newInputStream(ready), "glassbox-export.jsonl", "application/jsonl", size)),
                        "Download the export");
                download.setId("download-export");
                add(download);
            } catch (RuntimeException | IOException failed) {
                exportStatus.setText("The export failed: " + failed.getMessage());
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(500);
        attach.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
    }
}
