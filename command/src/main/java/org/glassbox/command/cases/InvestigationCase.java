package org.glassbox.command.cases;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.AllegationDismissed;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.AllegationSubstantiated;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseNoteAdded;
import org.glassbox.api.cases.CaseReopened;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.ClosureApproved;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.ClosureProposed;
import org.glassbox.api.cases.ClosureRejected;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.InvestigationStarted;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.RejectClosure;
import org.glassbox.api.cases.ReopenCase;
import org.glassbox.api.cases.SeverityChanged;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.command.shared.StaffDirectory;

/**
 * An investigation of a market maker, from flagging to closure. Every rule of the case lives here;
 * a rejected command throws before applying anything, so it stores nothing.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger", snapshotFilter = "caseSnapshotFilter")
@Revision(InvestigationCase.SNAPSHOT_REVISION)
public class InvestigationCase {
    /** The shape of a stored snapshot (the fields below): raised when they change, so older ones are ignored. */
    public static final String SNAPSHOT_REVISION = "1";

    @AggregateIdentifier
    private String caseId;
    private String reference;
    private CaseStatus status;
    private Severity severity;
    private String assignee;
    private List<String> accounts = List.of();
    private final EnumMap<Behaviour, AllegationStatus> allegations = new EnumMap<>(Behaviour.class);
    private ClosureOutcome proposedOutcome;
    private String proposedBy;

    protected InvestigationCase() {
        // for Axon's event sourcing
    }

    /** Called by {@link CaseFlagging}, which has allocated the reference and claimed the alert. */
    InvestigationCase(FlagCase command, String reference) {
        apply(new CaseFlagged(command.caseId(), reference, command.marketMaker(), command.accounts(),
                command.symbols(), command.behaviours(), command.summary(), command.severity(), command.source()));
    }

    @CommandHandler
    public void handle(AssignCase command, Actor actor, StaffDirectory staff) {
        Permissions.require(actor, "assign a case", Role.SUPERVISOR);
        requireOpen("assigned");
        if (!staff.rolesOf(command.investigator()).contains(Role.INVESTIGATOR)) {
            throw new RuleViolation("assignee-not-investigator",
                    "'" + command.investigator() + "' is not an active investigator");
        }
        if (command.investigator().equals(assignee)) {
            throw new RuleViolation("already-assigned",
                    "Case " + reference + " is already assigned to " + assignee);
        }
        apply(new CaseAssigned(caseId, command.investigator(), assignee));
    }

    @CommandHandler
    public void handle(StartInvestigation command, Actor actor) {
        Permissions.require(actor, "start an investigation", Role.INVESTIGATOR, Role.SUPERVISOR);
        if (status != CaseStatus.FLAGGED) {
            throw illegalIn("start an investigation");
        }
        if (assignee == null) {
            throw new RuleViolation("not-assigned",
                    "Case " + reference + " has no investigator yet: a supervisor assigns it first");
        }
        requireAssigneeOrSupervisor(actor, "start the investigation");
        apply(new InvestigationStarted(caseId));
    }

    @CommandHandler
    public void handle(AddCaseNote command, Actor actor) {
        Permissions.require(actor, "add a note", Role.INVESTIGATOR, Role.SUPERVISOR);
        requireOpen("annotated");
        apply(new CaseNoteAdded(caseId, command.text()));
    }

    @CommandHandler
    public void handle(ChangeSeverity command, Actor actor) {
        Permissions.require(actor, "change the severity", Role.INVESTIGATOR, Role.SUPERVISOR);
        requireOpen("re-rated");
        if (command.severity() == severity) {
            throw new RuleViolation("severity-unchanged", "Case " + reference + " is already " + severity);
        }
        apply(new SeverityChanged(caseId, severity, command.severity(), command.reason()));
    }

    @CommandHandler
    public void handle(SubstantiateAllegation command, Actor actor) {
        decideAllegation(actor, command.behaviour(), AllegationStatus.SUBSTANTIATED);
        apply(new AllegationSubstantiated(caseId, command.behaviour(), command.reason()));
    }

    @CommandHandler
    public void handle(DismissAllegation command, Actor actor) {
        decideAllegation(actor, command.behaviour(), AllegationStatus.DISMISSED);
        apply(new AllegationDismissed(caseId, command.behaviour(), command.reason()));
    }

    @CommandHandler
    public void handle(ProposeClosure command, Actor actor) {
        Permissions.require(actor, "propose a closure", Role.INVESTIGATOR, Role.SUPERVISOR);
        if (status != CaseStatus.UNDER_INVESTIGATION) {
            throw illegalIn("propose a closure");
        }
        requireAssigneeOrSupervisor(actor, "propose its closure");
        var open = allegations.entrySet().stream()
                .filter(e -> e.getValue() == AllegationStatus.SUSPECTED).map(Map.Entry::getKey).toList();
        if (!open.isEmpty()) {
            throw new RuleViolation("allegations-undecided",
                    "Substantiate or dismiss every allegation before proposing closure; still open: " + open);
        }
        boolean anySubstantiated = allegations.containsValue(AllegationStatus.SUBSTANTIATED);
        if (command.outcome() == ClosureOutcome.SANCTIONED && !anySubstantiated) {
            throw new RuleViolation("outcome-unsupported",
                    "A SANCTIONED outcome needs at least one substantiated allegation");
        }
        if (command.outcome() == ClosureOutcome.NO_VIOLATION && anySubstantiated) {
            throw new RuleViolation("outcome-unsupported",
                    "NO_VIOLATION contradicts the substantiated allegations of case " + reference);
        }
        apply(new ClosureProposed(caseId, command.outcome(), command.reason(), actor.userId()));
    }

    @CommandHandler
    public void handle(ApproveClosure command, Actor actor) {
        requireSecondSupervisor(actor, "approve");
        apply(new ClosureApproved(caseId, proposedOutcome, proposedBy, command.reason()));
    }

    @CommandHandler
    public void handle(RejectClosure command, Actor actor) {
        requireSecondSupervisor(actor, "reject");
        apply(new ClosureRejected(caseId, proposedOutcome, command.reason()));
    }

    @CommandHandler
    public void handle(ReopenCase command, Actor actor) {
        Permissions.require(actor, "reopen a case", Role.SUPERVISOR);
        if (status != CaseStatus.CLOSED) {
            throw illegalIn("reopen it");
        }
        apply(new CaseReopened(caseId, command.reason()));
    }

    /** What other command-side rules may know of this case (evidence is accepted only on open cases...). */
    public CaseSnapshot snapshot() {
        return new CaseSnapshot(caseId, reference, status, assignee, Set.copyOf(allegations.keySet()), accounts,
                allegations.entrySet().stream().filter(e -> e.getValue() == AllegationStatus.SUBSTANTIATED)
                        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private void decideAllegation(Actor actor, Behaviour behaviour, AllegationStatus decision) {
        Permissions.require(actor, "decide an allegation", Role.INVESTIGATOR, Role.SUPERVISOR);
        if (status != CaseStatus.UNDER_INVESTIGATION) {
            throw illegalIn("decide an allegation");
        }
        requireAssigneeOrSupervisor(actor, "decide its allegations");
        AllegationStatus current = allegations.get(behaviour);
        if (current == null) {
            throw new RuleViolation("unknown-allegation",
                    "Case " + reference + " alleges no " + behaviour + "; it alleges " + allegations.keySet());
        }
        if (current == decision) {
            throw new RuleViolation("allegation-unchanged",
                    "The " + behaviour + " allegation is already " + decision);
        }
    }

    private void requireSecondSupervisor(Actor actor, String verb) {
        Permissions.require(actor, verb + " a closure", Role.SUPERVISOR);
        if (status != CaseStatus.CLOSURE_PROPOSED) {
            throw illegalIn(verb + " a closure");
        }
        Permissions.requireOtherThan(actor, proposedBy, "proposed this closure", verb + " it");
    }

    private void requireOpen(String participle) {
        if (status == CaseStatus.CLOSED) {
            throw new RuleViolation("case-closed", "Case " + reference + " is closed and cannot be " + participle
                    + "; a supervisor may reopen it");
        }
    }

    private void requireAssigneeOrSupervisor(Actor actor, String what) {
        if (!snapshot().workedBy(actor)) {
            throw new NotPermitted("Only the assigned investigator (" + assignee + ") or a supervisor may " + what
                    + " of case " + reference);
        }
    }

    private RuleViolation illegalIn(String what) {
        return new RuleViolation("illegal-transition", "Cannot " + what + " while case "
                + (reference == null ? caseId : reference) + " is " + status);
    }


    @EventSourcingHandler
    void on(CaseFlagged event) {
        caseId = event.caseId();
        reference = event.reference();
        status = CaseStatus.FLAGGED;
        severity = event.severity();
        accounts = List.copyOf(event.accounts());
        event.behaviours().forEach(b -> allegations.put(b, AllegationStatus.SUSPECTED));
    }

    @EventSourcingHandler
    void on(CaseAssigned event) {
        assignee = event.assignee();
    }

    @EventSourcingHandler
    void on(InvestigationStarted event) {
        status = CaseStatus.UNDER_INVESTIGATION;
    }

    @EventSourcingHandler
    void on(SeverityChanged event) {
        severity = event.to();
    }

    @EventSourcingHandler
    void on(AllegationSubstantiated event) {
        allegations.put(event.behaviour(), AllegationStatus.SUBSTANTIATED);
    }

    @EventSourcingHandler
    void on(AllegationDismissed event) {
        allegations.put(event.behaviour(), AllegationStatus.DISMISSED);
    }

    @EventSourcingHandler
    void on(ClosureProposed event) {
        status = CaseStatus.CLOSURE_PROPOSED;
        proposedOutcome = event.outcome();
        proposedBy = event.proposedBy();
    }

    @EventSourcingHandler
    void on(ClosureApproved event) {
        status = CaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ClosureRejected event) {
        backUnderInvestigation();
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        backUnderInvestigation();
    }

    private void backUnderInvestigation() {
        status = CaseStatus.UNDER_INVESTIGATION;
        proposedOutcome = null;
        proposedBy = null;
    }
}
