package org.glassbox.command.evidence;

import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Adds evidence to a case. Outside the item aggregate because it needs the case (open? who works it?
 * which allegations?) and the case's register of digests (the same bytes make one item, not two).
 */
@Component
public class EvidenceSubmission {
    private final Repository<EvidenceItem> items;
    private final CaseFacts cases;
    private final EvidenceRegister register;

    public EvidenceSubmission(Repository<EvidenceItem> items, CaseFacts cases, EvidenceRegister register) {
        this.items = items;
        this.cases = cases;
        this.register = register;
    }

    @CommandHandler
    public SubmittedEvidence handle(SubmitEvidence command, Actor actor) throws Exception {
        Permissions.require(actor, "submit evidence", Role.INVESTIGATOR, Role.SUPERVISOR);
        CaseSnapshot c = cases.requireWorkable(command.caseId(), actor, "submit evidence");
        for (Behaviour b : command.allegations()) {
            if (!c.allegations().contains(b)) {
                throw new RuleViolation("unknown-allegation", "Case " + c.reference() + " alleges no " + b
                        + "; it alleges " + c.allegations());
            }
        }
        Optional<String> existing = register.claim(command.caseId(), command.blob().sha256(), command.itemId());
        if (existing.isPresent()) {
            items.load(existing.get()).execute(item -> item.linkResubmitted(command.allegations(), actor.userId()));
            return new SubmittedEvidence(existing.get(), command.blob().sha256(), true);
        }
        items.newInstance(() -> new EvidenceItem(command));
        return new SubmittedEvidence(command.itemId(), command.blob().sha256(), false);
    }
}
