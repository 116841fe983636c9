package org.glassbox.ui.audit;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.audit.CaseStateAsOf;
import org.glassbox.api.audit.FindCaseStateAsOf;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.VerifyIntegrity;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.command.audit.AuditExport;
import org.glassbox.query.projections.ProjectionAudit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.glassbox.ui.web.CaseKeys;
import org.glassbox.ui.web.CaseNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API. Only AUDITOR (and ADMIN, who schedules) get past the security filter chain. */
@RestController
class AuditController {
    private final CommandGateway commands;
    private final AuditExport export;
    private final QueryGateway queries;
    private final ProjectionAudit projections;
    private final CaseKeys cases;

    AuditController(CommandGateway commands, AuditExport export, QueryGateway queries, ProjectionAudit projections,
            CaseKeys cases) {
        this.cases = cases;
        this.commands = commands;
        this.projections = projections;
        this.queries = queries;
        this.export = export;
    }

    /**
     * Streams the events of a case (or of all cases), optionally between two instants, as JSON Lines in
     * CloudEvents form with their chain digests and a signed manifest; check it offline with
     * {@code java -jar glassbox.jar verify <file> <public key>}.
     */
    @GetMapping(value = "/api/v1/audit/export", produces = "application/jsonl")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(name = "case", required = false) String caseKey,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        if (caseKey != null && (caseKey.isBlank() || caseKey.length() > Limits.ID)) {
            throw new InvalidField("case", "must be a case reference, like GBX-2026-000042");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidField("to", "must be after from");
        }
        String caseId = caseKey == null ? null : cases.require(caseKey);
        if (caseId != null && !export.caseExists(caseId)) {
            throw new CaseNotFound(caseKey);
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"glassbox-"
                + (caseKey == null ? "all" : caseKey) + ".jsonl\"").contentType(MediaType.parseMediaType("application/jsonl"))
                .body(out -> export.write(out, caseId, from, to, written -> { }));
    }

    /**
     * The case as it stood at {@code asOf} (an instant) or after its first {@code events} events,
     * rebuilt from the event store alone; with neither, after its whole history.
     */
    @GetMapping("/api/v1/audit/cases/{caseId}/state")
    CaseStateAsOf state(@PathVariable String caseId, @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) @Min(0) Integer events) {
        return queries.query(new FindCaseStateAsOf(caseId, asOf, events),
                ResponseTypes.optionalInstanceOf(CaseStateAsOf.class)).join()
                .orElseThrow(() -> new CaseNotFound(caseId));
    }

    /**
     * Rebuilds every read model into a shadow schema from the event store and compares checksums with
     * the live tables: proof that the screens show what the events say.
     */
    @PostMapping("/api/v1/audit/projections")
    ProjectionAudit.Report auditProjections() throws java.sql.SQLException {
        return projections.audit();
    }

    /** Recomputes the hash chain over the whole event store; the report is recorded and answered. */
    @PostMapping("/api/v1/audit/verify")
    IntegrityReport verify() {
        return commands.sendAndWait(new VerifyIntegrity(UUID.randomUUID().toString()));
    }
}
