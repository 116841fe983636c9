package org.glassbox.command.evidence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceAccessed;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceIntegrityFailed;
import org.glassbox.api.evidence.EvidenceIntegrityVerified;
import org.glassbox.api.evidence.EvidenceLinkedToAllegation;
import org.glassbox.api.evidence.EvidenceReclassified;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.EvidenceUnlinkedFromAllegation;
import org.glassbox.api.evidence.ExcludeEvidence;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.LinkEvidenceToAllegation;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.evidence.MarketDataProfiled;
import org.glassbox.api.evidence.ReclassifyEvidence;
import org.glassbox.api.evidence.RecordEvidenceAccess;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.evidence.UnlinkEvidenceFromAllegation;
import org.glassbox.api.evidence.VerifyEvidence;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;

/**
 * One piece of evidence and its chain of custody: what it is, whether it is in use, which allegations
 * it supports, who read its bytes and whether they are still intact. Never deleted, only excluded.
 */
@Aggregate
public class EvidenceItem {

    @AggregateIdentifier
    private String itemId;
    private String caseId;
    private String title;
    private EvidenceKind kind;
    private MarketDataProfile profile;
    private Confidentiality confidentiality;
    private final Set<Behaviour> allegations = EnumSet.noneOf(Behaviour.class);
    private StoredBlob blob;
    private boolean excluded;
    private boolean integrityFailed;

    protected EvidenceItem() {
        // for Axon's event sourcing
    }

    /** Called by {@link EvidenceSubmission}, which has checked the case and claimed the digest. */
    EvidenceItem(SubmitEvidence c) {
        apply(new EvidenceSubmitted(c.itemId(), c.caseId(), c.kind(), c.title(), c.description(), c.sourceSystem(),
                c.collectedBy(), c.collectedAt(), c.confidentiality(), c.allegations(), c.blob()));
        if (c.profile() != null) {
            apply(new MarketDataProfiled(c.itemId(), c.caseId(), c.kind(), c.profile()));
        }
    }

    /**
     * What an analysis of the case reads from this item; refused if it is not usable market data (or KPI
     * terms, which have no profile) of the case.
     */
    public MarketDataInput marketDataIn(String ofCase) {
        if (caseId == null) {
            throw new org.glassbox.api.shared.InvalidField("evidence", "names something that is not an evidence item");
        }
        if (!caseId.equals(ofCase)) {
            throw new org.glassbox.api.shared.InvalidField("evidence", "'" + title + "' is evidence of another case");
        }
        if (profile == null && kind != EvidenceKind.KPI_TERMS) {
            throw new org.glassbox.api.shared.InvalidField("evidence", "'" + title + "' is " + kind
                    + ", not something an analysis reads (TRADE_EXPORT, ORDER_EVENTS, ACCOUNT_LINKS or KPI_TERMS)");
        }
        if (excluded) {
            throw new RuleViolation("evidence-excluded", "'" + title + "' is excluded and cannot be analysed");
        }
        if (integrityFailed) {
            throw new RuleViolation("integrity-failed", "The bytes of '" + title
                    + "' failed their last integrity check; they are not analysed until verified intact again");
        }
        return new MarketDataInput(itemId, kind, title, blob, profile);
    }

    /** A market data item (or KPI terms: no profile) as an analysis reads it. */
    public record MarketDataInput(String itemId, EvidenceKind kind, String title, StoredBlob blob,
            MarketDataProfile profile) {
    }

    /** Whether a public notice may list this item of the case: disclosable, in use, bytes intact. */
    public boolean disclosableIn(String ofCase) {
        return caseId.equals(ofCase) && confidentiality == Confidentiality.DISCLOSABLE && !excluded && !integrityFailed;
    }

    /** The item as a notice lists it. */
    public String title() {
        return title;
    }

    public Sha256 sha256() {
        return blob.sha256();
    }

    @CommandHandler
    public void handle(RecordEvidenceAccess command, Actor actor) {
        boolean staff = actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR);
        boolean publicItem = actor.has(Role.COMMUNICATIONS) && confidentiality == Confidentiality.DISCLOSABLE
                && !excluded;
        if (actor.userId() == null || !(staff || publicItem)) {
            throw new NotPermitted("Only investigators, supervisors and auditors may read the bytes of " + title
                    + "; communications staff only those of disclosable items in use");
        }
        if (integrityFailed) {
            throw new RuleViolation("integrity-failed", "The bytes of '" + title
                    + "' failed their last integrity check; they are not served until verified intact again");
        }
        apply(new EvidenceAccessed(itemId, caseId, command.access(), command.purpose()));
    }

    @CommandHandler
    public void handle(ExcludeEvidence command, Actor actor, CaseFacts cases) {
        requireWorker(actor, cases, "exclude evidence");
        requireInUse("excluded again");
        apply(new EvidenceExcluded(itemId, caseId, command.reason()));
    }

    @CommandHandler
    public void handle(LinkEvidenceToAllegation command, Actor actor, CaseFacts cases) {
        CaseSnapshot c = requireWorker(actor, cases, "link evidence");
        requireInUse("linked");
        if (!c.allegations().contains(command.behaviour())) {
            throw new RuleViolation("unknown-allegation", "Case " + c.reference() + " alleges no "
                    + command.behaviour() + "; it alleges " + c.allegations());
        }
        if (allegations.contains(command.behaviour())) {
            throw new RuleViolation("already-linked", "'" + title + "' already supports " + command.behaviour());
        }
        apply(new EvidenceLinkedToAllegation(itemId, caseId, command.behaviour(), command.reason()));
    }

    @CommandHandler
    public void handle(UnlinkEvidenceFromAllegation command, Actor actor, CaseFacts cases) {
        requireWorker(actor, cases, "unlink evidence");
        if (!allegations.contains(command.behaviour())) {
            throw new RuleViolation("not-linked", "'" + title + "' does not support " + command.behaviour());
        }
        apply(new EvidenceUnlinkedFromAllegation(itemId, caseId, command.behaviour(), command.reason()));
    }

    @CommandHandler
    public void handle(ReclassifyEvidence command, Actor actor) {
        Permissions.require(actor, "reclassify evidence", Role.SUPERVISOR);
        requireInUse("reclassified");
        if (command.confidentiality() == confidentiality) {
            throw new RuleViolation("confidentiality-unchanged", "'" + title + "' is already " + confidentiality);
        }
        apply(new EvidenceReclassified(itemId, caseId, confidentiality, command.confidentiality(), command.reason()));
    }

    @CommandHandler
    public void handle(VerifyEvidence command, Actor actor, BlobStore store) {
        Permissions.require(actor, "verify evidence", Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR, Role.SYSTEM);
        MessageDigest sha256 = EvidenceIntake.sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(store.open(blob.address()), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1;) {
                size += n;
            }
        } catch (BlobStore.NoSuchBlob missing) {
            apply(new EvidenceIntegrityFailed(itemId, caseId, blob.sha256(), null,
                    "the stored bytes are missing from the " + store.kind() + " store"));
            return;
        } catch (IOException unreadable) {
            apply(new EvidenceIntegrityFailed(itemId, caseId, blob.sha256(), null,
                    "the stored bytes cannot be read: " + unreadable.getMessage()));
            return;
        }
        Sha256 found = Sha256.of(sha256.digest());
        if (found.equals(blob.sha256()) && size == blob.size()) {
            apply(new EvidenceIntegrityVerified(itemId, caseId, found, size));
        } else {
            apply(new EvidenceIntegrityFailed(itemId, caseId, blob.sha256(), found,
                    "the stored bytes changed: " + size + " bytes with another digest"));
        }
    }

    /** A resubmission of the same bytes names allegations this item does not support yet. */
    void linkResubmitted(Set<Behaviour> more, String collectedBy) {
        if (excluded) {
            throw new RuleViolation("duplicate-of-excluded", "These bytes are already item '" + title
                    + "' of this case, which is excluded; they cannot be submitted again");
        }
        more.stream().filter(b -> !allegations.contains(b)).sorted().forEach(b -> apply(
                new EvidenceLinkedToAllegation(itemId, caseId, b, "Submitted again by " + collectedBy)));
    }

    String itemId() {
        return itemId;
    }

    private CaseSnapshot requireWorker(Actor actor, CaseFacts cases, String what) {
        Permissions.require(actor, what, Role.INVESTIGATOR, Role.SUPERVISOR);
        return cases.requireWorkable(caseId, actor, what);
    }

    private void requireInUse(String participle) {
        if (excluded) {
            throw new RuleViolation("evidence-excluded", "'" + title + "' is excluded and cannot be " + participle);
        }
    }

    @EventSourcingHandler
    void on(EvidenceSubmitted e) {
        itemId = e.itemId();
        caseId = e.caseId();
        title = e.title();
        kind = e.kind();
        confidentiality = e.confidentiality();
        allegations.addAll(e.allegations());
        blob = e.blob();
    }

    @EventSourcingHandler
    void on(MarketDataProfiled e) {
        profile = e.profile();
    }

    @EventSourcingHandler
    void on(EvidenceExcluded e) {
        excluded = true;
    }

    @EventSourcingHandler
    void on(EvidenceLinkedToAllegation e) {
        allegations.add(e.behaviour());
    }

    @EventSourcingHandler
    void on(EvidenceUnlinkedFromAllegation e) {
        allegations.remove(e.behaviour());
    }

    @EventSourcingHandler
    void on(EvidenceReclassified e) {
        confidentiality = e.to();
    }

    @EventSourcingHandler
    void on(EvidenceIntegrityVerified e) {
        integrityFailed = false;
    }

    @EventSourcingHandler
    void on(EvidenceIntegrityFailed e) {
        integrityFailed = true;
    }
}
