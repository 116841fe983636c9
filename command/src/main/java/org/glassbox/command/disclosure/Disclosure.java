package org.glassbox.command.disclosure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.disclosure.ApproveDisclosure;
import org.glassbox.api.disclosure.DisclosureApproved;
import org.glassbox.api.disclosure.DisclosureDraftRevised;
import org.glassbox.api.disclosure.DisclosureDrafted;
import org.glassbox.api.disclosure.DisclosurePublished;
import org.glassbox.api.disclosure.DisclosureRejected;
import org.glassbox.api.disclosure.DisclosureStatus;
import org.glassbox.api.disclosure.DisclosureSubmittedForApproval;
import org.glassbox.api.disclosure.DisclosureSuperseded;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.RejectDisclosure;
import org.glassbox.api.disclosure.ReviseDisclosureDraft;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.command.shared.StaffDirectory;

/**
 * One public notice from draft to publication. Its text is scanned for what must stay internal on
 * submission and again on publication; whoever wrote any of it never approves it; once published it
 * never changes, and a correction or retraction is a new disclosure that supersedes it.
 */
@Aggregate
public class Disclosure {
    static final Role[] WRITERS = {Role.COMMUNICATIONS, Role.INVESTIGATOR, Role.SUPERVISOR};

    @AggregateIdentifier
    private String disclosureId;
    private String caseId;
    private NoticeKind kind;
    private String supersedes;
    private NoticeFacts facts;
    private String text;
    private int revision;
    private DisclosureStatus status;
    private final Set<String> authors = new HashSet<>();
    private Instant approvedAt;
    private String noticeReference;
    private boolean superseded;

    protected Disclosure() {
        // for Axon's event sourcing
    }

    /** Called by {@link DisclosureDrafting}, which has checked the case and every fact. */
    Disclosure(DraftDisclosure c, String drafter) {
        apply(new DisclosureDrafted(c.disclosureId(), c.caseId(), c.kind(), c.supersedes(), c.templateId(),
                c.facts(), c.text(), drafter));
    }

    @CommandHandler
    public void handle(ReviseDisclosureDraft command, Actor actor) {
        Permissions.require(actor, "revise a disclosure", WRITERS);
        requireDraft("revise");
        apply(new DisclosureDraftRevised(disclosureId, caseId, revision + 1, command.text(), actor.userId()));
    }

    @CommandHandler
    public void handle(SubmitDisclosureForApproval command, Actor actor, CaseFacts cases, StaffDirectory staff) {
        Permissions.require(actor, "submit a disclosure", WRITERS);
        requireDraft("submit");
        requireClean(cases, staff);
        apply(new DisclosureSubmittedForApproval(disclosureId, caseId, revision, actor.userId()));
    }

    @CommandHandler
    public void handle(ApproveDisclosure command, Actor actor) {
        requireSecondPerson(actor, "approve the notice");
        apply(new DisclosureApproved(disclosureId, caseId, revision, command.reason()));
    }

    @CommandHandler
    public void handle(RejectDisclosure command, Actor actor) {
        requireSecondPerson(actor, "reject the notice");
        apply(new DisclosureRejected(disclosureId, caseId, command.reason()));
    }

    /** What the renderer needs; refused unless approved and clean, and only to communications staff. */
    Publication publication(Actor actor, CaseFacts cases, StaffDirectory staff) {
        Permissions.require(actor, "publish a notice", Role.COMMUNICATIONS);
        if (status != DisclosureStatus.APPROVED) {
            throw illegal("publish");
        }
        requireClean(cases, staff);
        return new Publication(disclosureId, caseId, kind, supersedes, facts, text, approvedAt);
    }

    void publish(String reference, String supersedesReference, Sha256 sha256, long size, String address) {
        apply(new DisclosurePublished(disclosureId, caseId, kind, reference, supersedes, supersedesReference, sha256,
                size, address, approvedAt));
    }

    /** The published notice another one now corrects or retracts. */
    String supersede(String byDisclosureId, String byReference, NoticeKind byKind) {
        if (status != DisclosureStatus.PUBLISHED) {
            throw new RuleViolation("not-published", "Only a published notice can be corrected or retracted");
        }
        if (superseded) {
            throw new RuleViolation("already-superseded", "Notice " + noticeReference
                    + " was already corrected or retracted; correct the newest notice instead");
        }
        apply(new DisclosureSuperseded(disclosureId, caseId, byDisclosureId, byReference, byKind));
        return noticeReference;
    }

    /** For drafting a correction: this notice must be published, of the case, and not yet superseded. */
    void requireSupersedable(String ofCase) {
        if (status != DisclosureStatus.PUBLISHED || superseded || !caseId.equals(ofCase)) {
            throw new RuleViolation("not-supersedable", "Only the newest published notice of this case can be "
                    + "corrected or retracted");
        }
    }

    /** The approved content, as the renderer turns it into a PDF. */
    public record Publication(String disclosureId, String caseId, NoticeKind kind, String supersedes, NoticeFacts facts,
            String text, Instant approvedAt) {
    }

    private void requireDraft(String what) {
        if (status == DisclosureStatus.PUBLISHED) {
            throw new RuleViolation("published", "Notice " + noticeReference + " is published and never changes; "
                    + "publish a correction instead");
        }
        if (status != DisclosureStatus.DRAFT) {
            throw illegal(what);
        }
    }

    private void requireClean(CaseFacts cases, StaffDirectory staff) {
        List<String> accounts = cases.of(caseId).map(c -> c.accounts()).orElse(List.of());
        List<String> hits = Redaction.hits(text, accounts, staff.names());
        if (!hits.isEmpty()) {
            throw new RuleViolation("redaction", "The notice must not name: " + String.join("; ", hits));
        }
    }

    private void requireSecondPerson(Actor actor, String what) {
        Permissions.require(actor, what, Role.SUPERVISOR);
        if (status != DisclosureStatus.SUBMITTED) {
            throw illegal(what);
        }
        if (authors.contains(actor.userId())) {
            throw new NotPermitted("Four-eyes rule: " + actor.userId() + " wrote or submitted this notice, so "
                    + "another supervisor must " + what);
        }
    }

    private RuleViolation illegal(String what) {
        return new RuleViolation("illegal-transition", "Cannot " + what + " while the disclosure is " + status);
    }

    @EventSourcingHandler
    void on(DisclosureDrafted e) {
        disclosureId = e.disclosureId();
        caseId = e.caseId();
        kind = e.kind();
        supersedes = e.supersedes();
        facts = e.facts();
        text = e.text();
        status = DisclosureStatus.DRAFT;
        authors.add(e.draftedBy());
    }

    @EventSourcingHandler
    void on(DisclosureDraftRevised e) {
        revision = e.revision();
        text = e.text();
        authors.add(e.revisedBy());
    }

    @EventSourcingHandler
    void on(DisclosureSubmittedForApproval e) {
        status = DisclosureStatus.SUBMITTED;
        authors.add(e.submittedBy());
    }

    @EventSourcingHandler
    void on(DisclosureApproved e, @Timestamp Instant at) {
        status = DisclosureStatus.APPROVED;
        approvedAt = at;
    }

    @EventSourcingHandler
    void on(DisclosureRejected e) {
        status = DisclosureStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(DisclosurePublished e) {
        status = DisclosureStatus.PUBLISHED;
        noticeReference = e.noticeReference();
    }

    @EventSourcingHandler
    void on(DisclosureSuperseded e) {
        superseded = true;
    }
}
