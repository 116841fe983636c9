package org.glassbox.command.freeze;

import java.time.Clock;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Opens freeze requests. Outside the aggregate because it needs the case: open, worked by the actor,
 * and holding the accounts to freeze (a freeze never reaches accounts the case is not about).
 */
@Component
public class FreezeRequesting {
    private final Repository<FreezeRequest> freezes;
    private final CaseFacts cases;
    private final Clock clock;

    public FreezeRequesting(Repository<FreezeRequest> freezes, CaseFacts cases, Clock clock) {
        this.freezes = freezes;
        this.cases = cases;
        this.clock = clock;
    }

    @CommandHandler
    public String handle(RequestAccountFreeze command, Actor actor, DeadlineManager deadlines,
            FreezeDeadlines windows) throws Exception {
        Permissions.require(actor, "request a freeze", Role.INVESTIGATOR, Role.SUPERVISOR);
        CaseSnapshot c = cases.requireWorkable(command.caseId(), actor, "request a freeze");
        List<String> foreign = command.accounts().stream().filter(a -> !c.accounts().contains(a)).toList();
        if (!foreign.isEmpty()) {
            throw new RuleViolation("account-not-in-case", "Case " + c.reference() + " is not about " + foreign
                    + "; its accounts are " + c.accounts());
        }
        if (!command.reviewBy().isAfter(clock.instant())) {
            throw new InvalidField("reviewBy", "must be in the future");
        }
        // Created inside the aggregate's scope, so the decision deadline belongs to the freeze.
        freezes.newInstance(() -> new FreezeRequest(command, actor.userId(), deadlines,
                clock.instant().plus(windows.approvalWindow(command.urgency()))));
        return command.freezeId();
    }
}
