package org.glassbox.ui.freeze;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;

import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.ApproveFreezeLift;
import org.glassbox.api.freeze.FreezeHistoryEntry;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.freeze.RejectAccountFreeze;
import org.glassbox.api.freeze.RejectFreezeLift;
import org.glassbox.api.freeze.RequestFreezeLift;
import org.glassbox.api.freeze.RetryEscalatedFreeze;
import org.glassbox.api.freeze.ReviewAccountFreeze;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.cases.Badges;
import org.glassbox.ui.web.CommandButton;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One freeze: what was asked and why, what the account system answered, its history, and the
 * decisions this user may take now. Four eyes: whoever asked never sees the approve button.
 */
class FreezeDialog extends ClosableDialog {
    final TextArea reason = new TextArea("Reason");
    final DatePicker keepUntil = new DatePicker("Keep until (next review)");
    final Span error = new Span();
    final FlexLayout actions = new FlexLayout();
    final Grid<FreezeHistoryEntry> history = new Grid<>(FreezeHistoryEntry.class, false);
    private final FreezeService freezes;
    private final Actor actor;
    private final FreezeSummary freeze;
    private final Runnable onChange;

    FreezeDialog(FreezeService freezes, Actor actor, FreezeSummary freeze, Runnable onChange) {
        super("Freeze of " + String.join(", ", freeze.accounts())
                + (freeze.caseReference() == null ? "" : " - " + freeze.caseReference()));
        this.freezes = freezes;
        this.actor = actor;
        this.freeze = freeze;
        this.onChange = onChange;
        setWidth("60em");
        FormLayout facts = new FormLayout();
        facts.addFormItem(FreezeViewing.status(freeze), "Status");
        facts.addFormItem(new Span(Badges.words(freeze.scope()) + ", " + Badges.words(freeze.urgency())), "Scope");
        if (!freeze.amounts().isEmpty()) {
            facts.addFormItem(new Span(FreezeViewing.amounts(freeze)), "Proceeds to hold");
        }
        facts.addFormItem(new Span(freeze.justification()), "Justification");
        facts.addFormItem(new Span(freeze.requestedBy() + ", " + FreezeViewing.time(freeze.requestedAt())),
                "Requested");
        if (freeze.decidedBy() != null) {
            facts.addFormItem(new Span(freeze.decidedBy() + ", " + FreezeViewing.time(freeze.decidedAt())
                    + (freeze.decisionReason() == null ? "" : ": " + freeze.decisionReason())), "Decided");
        }
        if (freeze.confirmation() != null) {
            facts.addFormItem(new Span(freeze.confirmation() + ", " + FreezeViewing.time(freeze.executedAt())),
                    "Account system");
        }
        facts.addFormItem(new Span(FreezeViewing.time(freeze.reviewBy())), "Review by");
        if (freeze.liftRequestedBy() != null) {
            facts.addFormItem(new Span(freeze.liftRequestedBy() + ": " + freeze.liftReason()),
                    freeze.executedAt() == null ? "Withdrawal requested" : "Lift requested");
        }
        history.addColumn(h -> FreezeViewing.time(h.occurredAt())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(h -> org.glassbox.query.shared.EventSentences.who(h.actor())).setHeader("Who").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(FreezeHistoryEntry::what).setHeader("What happened");
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.setItems(freezes.history(actor, freeze.freezeId()));

        reason.setWidthFull();
        reason.setMaxLength(Limits.REASON);
        keepUntil.setI18n(FreezeViewing.isoDates());
        keepUntil.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        addActions();
        add(facts, new H4("History"), history);
        if (actions.getComponentCount() > 0) {
            add(new H4("Decide"));
            if (freeze.status() == FreezeStatus.EXECUTED && actor.has(Role.SUPERVISOR)) {
                add(keepUntil);
            }
            add(reason, consequence(consequence()), error, actions);
            markRequired(reason);
        } else if (waitingOnOthers()) {
            add(new Paragraph("You asked for this; another supervisor must decide."));
        }
    }

    /** What the decisions offered will do; the reason is needed for all but an approval or a retry. */
    private String consequence() {
        return switch (freeze.status()) {
            case REQUESTED -> "Approving tells the account system to hold the accounts at once; rejecting ends the"
                    + " request with nothing held. A rejection needs a reason.";
            case EXECUTED -> "Keeping the freeze sets its next review; a lift request goes to a second supervisor,"
                    + " and the accounts stay frozen until one approves it. Both need a reason.";
            case LIFT_REQUESTED -> "Approving tells the account system to release the holds; rejecting keeps the"
                    + " freeze as it is and needs a reason.";
            case LIFT_APPROVED -> "Trying again asks the account system once more to release the holds.";
            default -> "Trying again asks the account system once more; withdrawing ends the freeze with nothing"
                    + " held and needs a reason.";
        };
    }

    private boolean waitingOnOthers() {
        return actor.has(Role.SUPERVISOR)
                && (freeze.status() == FreezeStatus.REQUESTED && actor.userId().equals(freeze.requestedBy())
                        || freeze.status() == FreezeStatus.LIFT_REQUESTED
                                && actor.userId().equals(freeze.liftRequestedBy()));
    }

    private void addActions() {
        String id = freeze.freezeId();
        boolean supervisor = actor.has(Role.SUPERVISOR);
        switch (freeze.status()) {
            case REQUESTED -> {
                if (supervisor && !Objects.equals(actor.userId(), freeze.requestedBy())) {
                    action("approve-freeze", "Approve freeze", true, () -> new ApproveAccountFreeze(id, reason()));
                    action("reject-freeze", "Reject", false, () -> new RejectAccountFreeze(id, reason.getValue()));
                }
            }
            case EXECUTED -> {
                if (supervisor) {
                    action("review-freeze", "Keep until the date", false, () -> new ReviewAccountFreeze(id,
                            keepUntil.getValue() == null ? null
                                    : keepUntil.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                            reason.getValue()));
                }
                if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR)) {
                    action("request-lift", "Request lift", false, () -> new RequestFreezeLift(id, reason.getValue()));
                }
            }
            case LIFT_REQUESTED -> {
                if (supervisor && !Objects.equals(actor.userId(), freeze.liftRequestedBy())) {
                    boolean withdrawal = freeze.executedAt() == null;
                    action("approve-lift", withdrawal ? "Approve withdrawal" : "Approve lift", true,
                            () -> new ApproveFreezeLift(id, reason()));
                    action("reject-lift", withdrawal ? "Reject withdrawal" : "Reject lift", false,
                            () -> new RejectFreezeLift(id, reason.getValue()));
                }
            }
            case FAILED, LIFT_APPROVED -> {
                if (!freeze.escalated()) {
                    break;
                }
                boolean lift = freeze.status() == FreezeStatus.LIFT_APPROVED;
                if (supervisor && !Objects.equals(actor.userId(), lift ? freeze.liftRequestedBy() : freeze.requestedBy())) {
                    action("retry-freeze", "Try again now", true, () -> new RetryEscalatedFreeze(id, reason.getValue()));
                }
                if (!lift && actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR)) {
                    action("withdraw-freeze", "Withdraw the freeze", false,
                            () -> new RequestFreezeLift(id, reason.getValue()));
                }
            }
            default -> {
                // Nothing to decide: waiting for the account system, or done.
            }
        }
    }

    private String reason() {
        return reason.getValue().isBlank() ? null : reason.getValue();
    }

    private void action(String id, String label, boolean primary, Supplier<Object> command) {
        actions.add(CommandButton.of(id, label, primary, () -> {
            freezes.send(command.get());
            freezes.awaitNewerThan(actor, freeze.freezeId(), freeze.version(), 5000);
            close();
            onChange.run();
        }, error, invalid -> "nextReviewBy".equals(invalid.field()) ? "Keep until" : "Reason"));
    }
}
