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
import org.glassbox.ui.layout.MainLayout;
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
    final TextField caseId = new TextField("Case id (empty: every case)");
    final Button prepare = new Button("Prepare export");
    final Paragraph exportStatus = new Paragraph();
    Anchor download;
    private final AtomicReference<CompletableFuture<IntegrityReport>> running = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Path>> exporting = new AtomicReference<>();
    private final AtomicLong written = new AtomicLong();
    private final CommandGateway commands;
    private final AuditExport export;
    private final Actor actor;

    public AuditView(CommandGateway commands, AuditExport export) {
        this.commands = commands;
        this.export = export;
        this.actor = CurrentActor.require();
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
                verification, new H3("Export"), new Paragraph("JSON Lines in CloudEvents form with each event's chain "
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

    void startExport() {
        prepare.setEnabled(false);
        written.set(0);
        String id = caseId.getValue().isBlank() ? null : caseId.getValue().strip();
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
                verification.setText(report.intact() ? "Intact: " + report.eventsChecked() + " events, chain head "
                        + report.chainHead() + ", " + report.checkpointsChecked() + " signed checkpoint(s) verified."
                        : "NOT INTACT: " + (report.firstChainBreak() != null ? "event "
                                + report.firstChainBreak().eventIdentifier() + ": " + report.firstChainBreak().problem()
                                : "") + " " + report.notInChain().size() + " slipped in, " + report.sequenceGaps().size()
                                + " sequence gap(s), " + report.undeserialisable().size() + " unreadable, "
                                + report.checkpointProblems().size() + " checkpoint problem(s).");
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
                exportStatus.setText("Ready: " + written.get() + " events, " + size + " bytes.");
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
