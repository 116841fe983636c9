package org.glassbox.command.audit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.VerifyIntegrity;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.Permissions;
import org.springframework.stereotype.Component;

/** Runs a verification for an auditor (or the schedule, as ADMIN) and records its report. */
@Component
public class IntegrityVerifying {
    private final Repository<IntegrityCheck> checks;
    private final IntegrityVerification verification;

    public IntegrityVerifying(Repository<IntegrityCheck> checks, IntegrityVerification verification) {
        this.checks = checks;
        this.verification = verification;
    }

    @CommandHandler
    public IntegrityReport handle(VerifyIntegrity command, Actor actor) throws Exception {
        Permissions.require(actor, "verify the event store", Role.AUDITOR, Role.ADMIN, Role.SYSTEM);
        IntegrityReport report = verification.run();
        checks.newInstance(() -> new IntegrityCheck(command.verificationId(), report));
        return report;
    }
}
