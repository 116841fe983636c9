package org.glassbox.ui.disclosure;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.glassbox.api.disclosure.ApproveDisclosure;
import org.glassbox.api.disclosure.DisclosureStatus;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublishDisclosure;
import org.glassbox.api.disclosure.RejectDisclosure;
import org.glassbox.api.disclosure.ReviseDisclosureDraft;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Role;
import org.glassbox.ui.web.CommandButton;

import com.vaadin.flow.component.button.Button;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One notice: its text (editable while a draft), the facts it will state, and the steps this user may
 * take: save a revision, submit, approve or reject, publish, correct or retract. The server decides
 * each step again and its refusals (redaction hits, four eyes) are shown here.
 */
class DisclosureDialog extends ClosableDialog {
    final TextArea text = new TextArea("Text of the notice");
    final TextArea reason = new TextArea("Reason (to reject) or comment");
    final Span error = new Span();
    final FlexLayout actions = new FlexLayout();
    private final DisclosureService disclosures;
    private final Actor actor;
    private final DisclosureSummary disclosure;
    private final Runnable onChange;

    DisclosureDialog(DisclosureService disclosures, Actor actor, DisclosureSummary disclosure, Runnable onChange,
            BiConsumer<NoticeKind, DisclosureSummary> draftNext) {
        super(switch (disclosure.kind()) {
            case NOTICE -> "Public notice";
            case CORRECTION -> "Correction";
            case RETRACTION -> "Retraction";
        } + (disclosure.noticeReference() == null
                ? " (" + org.glassbox.ui.cases.Badges.words(disclosure.status()).toLowerCase() + ")"
                : " " + disclosure.noticeReference()));
        this.disclosures = disclosures;
        this.actor = actor;
        this.disclosure = disclosure;
        this.onChange = onChange;
        setWidth("60em");
        boolean writer = actor.hasAny(Role.COMMUNICATIONS, Role.INVESTIGATOR, Role.SUPERVISOR);
        boolean draft = disclosure.status() == DisclosureStatus.DRAFT;
        text.setValue(disclosure.text());
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setMaxLength(ReviseDisclosureDraft.MAX_TEXT);
        text.setReadOnly(!(draft && writer));
        reason.setWidthFull();
        reason.setMaxLength(Limits.REASON);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("disclosure-error");
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");

        UnorderedList facts = new UnorderedList();
        var f = disclosure.facts();
        facts.add(new ListItem("Accounts, masked: " + String.join(", ", f.maskedAccounts())));
        f.freezes().forEach(z -> facts.add(new ListItem("Freeze of " + String.join(", ", z.maskedAccounts()) + " ("
                + org.glassbox.ui.cases.Badges.words(z.scope()).toLowerCase() + ")")));
        f.evidence().forEach(i -> facts.add(new ListItem("Evidence: " + i.title() + ", SHA-256 " + i.sha256())));
        add(text, new H4("Facts the notice states besides its text"), facts);

        String id = disclosure.disclosureId();
        if (draft && writer) {
            action("save-revision", "Save revision", false, () -> new ReviseDisclosureDraft(id, text.getValue()));
            action("submit-disclosure", "Submit for approval", true, () -> new SubmitDisclosureForApproval(id));
        }
        if (disclosure.status() == DisclosureStatus.SUBMITTED && actor.has(Role.SUPERVISOR)) {
            add(reason);
            action("approve-disclosure", "Approve", true, () -> new ApproveDisclosure(id, blankToNull(reason.getValue())));
            action("reject-disclosure", "Reject", false, () -> new RejectDisclosure(id, reason.getValue()));
        }
        if (disclosure.status() == DisclosureStatus.APPROVED && actor.has(Role.COMMUNICATIONS)) {
            action("publish-disclosure", "Publish", true, () -> new PublishDisclosure(id));
        }
        if (disclosure.status() == DisclosureStatus.PUBLISHED) {
            add(new Paragraph(new Span("Public page: "), new Anchor("/public/notices/" + disclosure.noticeReference(),
                    "/public/notices/" + disclosure.noticeReference()), new Span(", PDF SHA-256 "
                            + disclosure.pdfSha256())));
            if (actor.has(Role.COMMUNICATIONS) && disclosure.supersededByReference() == null) {
                Button correct = new Button("Draft a correction", e -> {
                    close();
                    draftNext.accept(NoticeKind.CORRECTION, disclosure);
                });
                correct.setId("correct-disclosure");
                Button retract = new Button("Draft a retraction", e -> {
                    close();
                    draftNext.accept(NoticeKind.RETRACTION, disclosure);
                });
                retract.setId("retract-disclosure");
                actions.add(correct, retract);
            }
        }
        if (actions.getComponentCount() > 0) {
            add(consequence(consequence(draft)));
            if (draft) {
                text.setRequiredIndicatorVisible(true);
            }
        }
        add(error, actions);
    }

    /** What the steps offered will do, said before one is taken. */
    private String consequence(boolean draft) {
        if (draft) {
            return "Saving keeps a new revision of the text; submitting sends it to a supervisor, who approves or"
                    + " rejects it. Nothing is public yet.";
        }
        return switch (disclosure.status()) {
            case SUBMITTED -> "Approving lets communications publish the notice as it stands; rejecting sends it"
                    + " back to draft and needs a reason.";
            case APPROVED -> "Publishing puts the notice and its signed PDF on the public registry for good: a"
                    + " published notice is never edited, only corrected or retracted by a further notice.";
            default -> "A correction or a retraction is a new notice that names this one; this one stays public.";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void action(String id, String label, boolean primary, Supplier<Object> command) {
        actions.add(CommandButton.of(id, label, primary, () -> {
            disclosures.send(command.get());
            disclosures.awaitNewerThan(disclosure.disclosureId(), disclosure.version(), 5000);
            close();
            onChange.run();
        }, error, invalid -> "text".equals(invalid.field()) ? "Text" : "Reason"));
    }
}
