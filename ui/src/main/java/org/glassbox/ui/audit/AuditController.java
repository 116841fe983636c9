package org.glassbox.ui.audit;

import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.VerifyIntegrity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API. Only AUDITOR (and ADMIN, who schedules) get past the security filter chain. */
@RestController
class AuditController {
    private final CommandGateway commands;

    AuditController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Recomputes the hash chain over the whole event store; the report is recorded and answered. */
    @PostMapping("/api/v1/audit/verify")
    IntegrityReport verify() {
        return commands.sendAndWait(new VerifyIntegrity(UUID.randomUUID().toString()));
    }
}
