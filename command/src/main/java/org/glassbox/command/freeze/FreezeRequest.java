package org.glassbox.command.freeze;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeFailed;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.RetryEscalatedFreeze;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountFreezeRejected;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.AccountFreezeReviewed;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.ApproveFreezeLift;
import org.glassbox.api.freeze.FreezeApprovalOverdue;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.FreezeLiftRejected;
import org.glassbox.api.freeze.FreezeLiftRequested;
import org.glassbox.api.freeze.FreezeReviewOverdue;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RecordFreezeExecution;
import org.glassbox.api.freeze.RecordFreezeFailure;
import org.glassbox.api.freeze.RejectAccountFreeze;
import org.glassbox.api.freeze.RejectFreezeLift;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.RequestFreezeLift;
import org.glassbox.api.freeze.ReviewAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;

/**
 * One request to freeze a case's accounts, from request through four-eyes approval, execution by the
 * account system, reviews, to a four-eyes lift. Execution results are recorded idempotently, so an
 * orchestration that retries after a restart never freezes (or records a freeze) twice. Its two
 * deadlines (a decision overdue, a review overdue) are Axon deadlines kept in PostgreSQL, so they
 * fire after a restart too.
 */
@Aggregate
public class FreezeRequest {
    static final String APPROVAL_OVERDUE = "freeze-approval-overdue";
    static final String REVIEW_DUE = "freeze-review-due";

    @AggregateIdentifier
    private String freezeId;
    private String caseId;
    private List<String> accounts;
    private FreezeScope scope;
    private List<HeldAmount> amounts;
    private Urgency urgency;
    private Instant reviewBy;
    private FreezeStatus status;
    private String requestedBy;
    private String liftRequestedBy;
    private String confirmation;
    private String liftConfirmation;
    /** The account system failed the last attempt (of the freeze, or of its lift): a person must act. */
    private boolean escalated;

    protected FreezeRequest() {
        // for Axon's event sourcing
    }

    /** Called by {@link FreezeRequesting}, which has checked the case and the actor. */
    FreezeRequest(RequestAccountFreeze c, String requester, DeadlineManager deadlines, Instant decisionDueAt) {
        apply(new AccountFreezeRequested(c.freezeId(), c.caseId(), c.accounts(), c.scope(), c.amounts(),
                c.justification(), c.urgency(), c.reviewBy(), requester));
        deadlines.schedule(decisionDueAt, APPROVAL_OVERDUE);
    }

    /** Fires once the decision window has passed; a decided freeze ignores it. */
    @DeadlineHandler(deadlineName = APPROVAL_OVERDUE)
    void decisionOverdue() {
        if (status == FreezeStatus.REQUESTED) {
            apply(new FreezeApprovalOverdue(freezeId, caseId, urgency, requestedBy));
        }
    }

    /** Fires at the review deadline it was scheduled for; a later review or a lift makes it stale. */
    @DeadlineHandler(deadlineName = REVIEW_DUE)
    void reviewDue(Instant dueAt) {
        if ((status == FreezeStatus.EXECUTED || status == FreezeStatus.LIFT_REQUESTED) && dueAt.equals(reviewBy)) {
            apply(new FreezeReviewOverdue(freezeId, caseId, reviewBy));
        }
    }

    @CommandHandler
    public void handle(ApproveAccountFreeze command, Actor actor) {
        requireSecondSupervisor(actor, requestedBy, FreezeStatus.REQUESTED, "approve the freeze");
        apply(new AccountFreezeApproved(freezeId, caseId, accounts, scope, command.reason()));
    }

    @CommandHandler
    public void handle(RejectAccountFreeze command, Actor actor) {
        requireSecondSupervisor(actor, requestedBy, FreezeStatus.REQUESTED, "reject the freeze");
        apply(new AccountFreezeRejected(freezeId, caseId, command.reason()));
    }

    @CommandHandler
    public void handle(RecordFreezeExecution command, Actor actor, DeadlineManager deadlines) {
        requireSystem(actor);
        if (!command.lift()) {
            if (status == FreezeStatus.APPROVED || status == FreezeStatus.FAILED) {
                apply(new AccountFreezeExecuted(freezeId, caseId, accounts, scope, command.confirmationReference()));
                deadlines.schedule(reviewBy, REVIEW_DUE, reviewBy);
            } else if (!Objects.equals(confirmation, command.confirmationReference())) {
                throw illegal("record an execution");
            }
        } else if (status == FreezeStatus.LIFT_APPROVED) {
            apply(new AccountFreezeLifted(freezeId, caseId, accounts, command.confirmationReference()));
        } else if (!Objects.equals(liftConfirmation, command.confirmationReference())) {
            throw illegal("record a lift");
        }
    }

    @CommandHandler
    public void handle(RecordFreezeFailure command, Actor actor) {
        requireSystem(actor);
        boolean lift = status == FreezeStatus.LIFT_APPROVED;
        if (!lift && status != FreezeStatus.APPROVED && status != FreezeStatus.FAILED) {
            throw illegal("record a failure");
        }
        apply(new AccountFreezeFailed(freezeId, caseId, lift, command.attempt(), command.error(),
                command.finalAttempt()));
    }

    @CommandHandler
    public void handle(ReviewAccountFreeze command, Actor actor, Clock clock, DeadlineManager deadlines) {
        Permissions.require(actor, "review a freeze", Role.SUPERVISOR);
        if (status != FreezeStatus.EXECUTED) {
            throw illegal("review the freeze");
        }
        if (!command.nextReviewBy().isAfter(clock.instant())) {
            throw new InvalidField("nextReviewBy", "must be in the future");
        }
        apply(new AccountFreezeReviewed(freezeId, caseId, command.nextReviewBy(), command.reason()));
        deadlines.schedule(command.nextReviewBy(), REVIEW_DUE, command.nextReviewBy());
    }

    /**
     * A lift of an executed freeze, or the withdrawal of one the account system never carried out and that
     * was escalated after its last attempt: either way a second supervisor must approve it.
     */
    @CommandHandler
    public void handle(RequestFreezeLift command, Actor actor) {
        Permissions.require(actor, "request a lift", Role.INVESTIGATOR, Role.SUPERVISOR);
        if (status != FreezeStatus.EXECUTED && !(status == FreezeStatus.FAILED && escalated)) {
            throw illegal("request a lift");
        }
        apply(new FreezeLiftRequested(freezeId, caseId, command.reason(), actor.userId()));
    }

    /** Four eyes: whoever asked for the freeze (or the lift) that failed is not who has it tried again. */
    @CommandHandler
    public void handle(RetryEscalatedFreeze command, Actor actor) {
        Permissions.require(actor, "try the freeze again", Role.SUPERVISOR);
        boolean lift = status == FreezeStatus.LIFT_APPROVED;
        if (!escalated || status != FreezeStatus.FAILED && !lift) {
            throw illegal("try the freeze again (only an escalated failure can be)");
        }
        Permissions.requireOtherThan(actor, lift ? liftRequestedBy : requestedBy, "asked for this", "try it again");
        apply(new EscalatedFreezeRetried(freezeId, caseId, lift, command.reason(), actor.userId()));
    }

    @CommandHandler
    public void handle(ApproveFreezeLift command, Actor actor) {
        requireSecondSupervisor(actor, liftRequestedBy, FreezeStatus.LIFT_REQUESTED, "approve the lift");
        apply(new FreezeLiftApproved(freezeId, caseId, accounts, command.reason()));
    }

    @CommandHandler
    public void handle(RejectFreezeLift command, Actor actor) {
        requireSecondSupervisor(actor, liftRequestedBy, FreezeStatus.LIFT_REQUESTED, "reject the lift");
        apply(new FreezeLiftRejected(freezeId, caseId, command.reason()));
    }

    /** The freeze as carried out, if the account system ever executed it (a lift does not undo that). */
    public Optional<Executed> executed() {
        if (confirmation == null) {
            // Withdrawn (lifted) without ever having been carried out.
            return Optional.empty();
        }
        return switch (status) {
            case EXECUTED, LIFT_REQUESTED, LIFT_APPROVED, LIFTED -> Optional.of(new Executed(caseId, accounts, scope,
                    amounts));
            default -> Optional.empty();
        };
    }

    /** What an executed freeze did: which accounts of which case, how far, holding which proceeds. */
    public record Executed(String caseId, List<String> accounts, FreezeScope scope, List<HeldAmount> amounts) {
    }

    private void requireSecondSupervisor(Actor actor, String requester, FreezeStatus expected, String what) {
        Permissions.require(actor, what, Role.SUPERVISOR);
        if (status != expected) {
            throw illegal(what);
        }
        Permissions.requireOtherThan(actor, requester, "asked for this", what);
    }

    private static void requireSystem(Actor actor) {
        Permissions.require(actor, "record what the account system answered", Role.SYSTEM);
    }

    private RuleViolation illegal(String what) {
        return new RuleViolation("illegal-transition", "Cannot " + what + " while freeze " + freezeId + " is "
                + status);
    }

    @EventSourcingHandler
    void on(AccountFreezeRequested e) {
        freezeId = e.freezeId();
        caseId = e.caseId();
        accounts = List.copyOf(e.accounts());
        scope = e.scope();
        amounts = List.copyOf(e.amounts());
        urgency = e.urgency();
        reviewBy = e.reviewBy();
        requestedBy = e.requestedBy();
        status = FreezeStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(AccountFreezeApproved e) {
        status = FreezeStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(AccountFreezeRejected e) {
        status = FreezeStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AccountFreezeExecuted e) {
        status = FreezeStatus.EXECUTED;
        confirmation = e.confirmationReference();
        escalated = false;
    }

    @EventSourcingHandler
    void on(AccountFreezeFailed e) {
        if (!e.lift()) {
            status = FreezeStatus.FAILED;
        }
        escalated = e.escalated();
    }

    @EventSourcingHandler
    void on(EscalatedFreezeRetried e) {
        escalated = false;
    }

    @EventSourcingHandler
    void on(FreezeLiftRequested e) {
        status = FreezeStatus.LIFT_REQUESTED;
        liftRequestedBy = e.requestedBy();
    }

    @EventSourcingHandler
    void on(AccountFreezeReviewed e) {
        reviewBy = e.nextReviewBy();
    }

    @EventSourcingHandler
    void on(FreezeLiftRejected e) {
        // A rejected withdrawal leaves the freeze where it was: failed, escalated.
        status = confirmation == null ? FreezeStatus.FAILED : FreezeStatus.EXECUTED;
        liftRequestedBy = null;
    }

    @EventSourcingHandler
    void on(FreezeLiftApproved e) {
        status = FreezeStatus.LIFT_APPROVED;
        escalated = false;
    }

    @EventSourcingHandler
    void on(AccountFreezeLifted e) {
        status = FreezeStatus.LIFTED;
        liftConfirmation = e.confirmationReference();
    }
}
