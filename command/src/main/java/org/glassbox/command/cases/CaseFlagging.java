package org.glassbox.command.cases;

import java.time.Clock;
import java.time.ZoneOffset;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.SourceKind;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.command.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Opens cases. Outside the aggregate because flagging needs what no single case knows: the next
 * reference of the year and whether another case holds the alert. Both are taken in the command's
 * transaction, so a rejection gives the number back and leaves the alert free.
 */
@Component
public class CaseFlagging {
    private final Repository<InvestigationCase> cases;
    private final CaseReferences references;
    private final AlertClaims alerts;
    private final Clock clock;

    public CaseFlagging(Repository<InvestigationCase> cases, CaseReferences references, AlertClaims alerts,
            Clock clock) {
        this.cases = cases;
        this.references = references;
        this.alerts = alerts;
        this.clock = clock;
    }

    @CommandHandler
    public FlaggedCase handle(FlagCase command, Actor actor) throws Exception {
        Permissions.require(actor, "flag a case", Role.INVESTIGATOR, Role.SUPERVISOR);
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        String reference = CaseReferences.format(year, references.next(year));
        if (command.source().kind() == SourceKind.ALERT) {
            var holder = alerts.claim(command.source().alertId(), command.caseId(), reference);
            if (holder.isPresent()) {
                throw new RuleViolation("alert-already-flagged",
                        "Surveillance alert " + command.source().alertId() + " is already held by case "
                                + holder.get().reference() + " (" + holder.get().caseId() + ")");
            }
        }
        cases.newInstance(() -> new InvestigationCase(command, reference));
        return new FlaggedCase(command.caseId(), reference);
    }
}
