package org.glassbox.ui.audit;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.VerifyIntegrity;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.command.audit.AuditExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API. Only AUDITOR (and ADMIN, who schedules) get past the security filter chain. */
@RestController
class AuditController {
    private final CommandGateway commands;
    private final AuditExport export;

    AuditController(CommandGateway commands, AuditExport export) {
        this.commands = commands;
        this.export = export;
    }

    /**
     * Streams the events of a case (or of all cases), optionally between two instants, as JSON Lines in
     * CloudEvents form with their chain digests and a signed manifest; check it offline with
     * {@code java -jar glassbox.jar verify <file> <public key>}.
     */
    @GetMapping(value = "/api/v1/audit/export", produces = "application/jsonl")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(name = "case", required = false) String caseId,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        if (caseId != null && (caseId.isBlank() || caseId.length() > Limits.ID)) {
            throw new InvalidField("case", "must be a case id");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidField("to", "must be after from");
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"glassbox-"
                + (caseId == null ? "all" : caseId) + ".jsonl\"").contentType(MediaType.parseMediaType("application/jsonl"))
                .body(out -> export.write(out, caseId, from, to, written -> { }));
    }

    /** Recomputes the hash chain over the whole event store; the report is recorded and answered. */
    @PostMapping("/api/v1/audit/verify")
    IntegrityReport verify() {
        return commands.sendAndWait(new VerifyIntegrity(UUID.randomUUID().toString()));
    }
}
