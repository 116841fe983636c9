package org.glassbox.ui.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.Allegation;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.DisclosureRevision;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.FindCaseDisclosures;
import org.glassbox.api.disclosure.FindDisclosure;
import org.glassbox.api.disclosure.FindDisclosureRevisions;
import org.glassbox.api.disclosure.FindPublicNotice;
import org.glassbox.api.disclosure.FindPublicNoticeByDigest;
import org.glassbox.api.disclosure.FindPublicNotices;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublicNotice;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.command.disclosure.Redaction;
import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.templates.notices.NoticeTemplates;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.freeze.FreezeService;
import org.glassbox.ui.web.NotFound;
import org.glassbox.ui.web.ReadSide;
import org.springframework.stereotype.Service;

/**
 * What the disclosure API and views share: gathering a case's facts from the read side, redacted
 * (the command side checks each against its aggregate again), filling the chosen template with them,
 * and reading drafts and the public registry.
 */
@Service
public class DisclosureService {
    private static final Set<FreezeStatus> EXECUTED = EnumSet.of(FreezeStatus.EXECUTED, FreezeStatus.LIFT_REQUESTED,
            FreezeStatus.LIFT_APPROVED, FreezeStatus.LIFTED);

    private final CaseService cases;
    private final EvidenceService evidence;
    private final FreezeService freezes;
    private final NoticeTemplates templates;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BlobStore store;

    DisclosureService(CaseService cases, EvidenceService evidence, FreezeService freezes, NoticeTemplates templates,
            CommandGateway commands, QueryGateway queries, BlobStore store) {
        this.cases = cases;
        this.evidence = evidence;
        this.freezes = freezes;
        this.templates = templates;
        this.commands = commands;
        this.queries = queries;
        this.store = store;
    }

    /** Drafts a notice (or a correction or retraction of the published one named) from the case's facts. */
    public String draft(Actor actor, String caseId, NoticeKind kind, String supersedes, KeyFigures figures) {
        requireWriter(actor);
        NoticeFacts facts = facts(actor, caseId, figures);
        String supersedesReference = supersedes == null ? null : require(actor, supersedes).noticeReference();
        String templateId = templates.choose(kind, facts.behavioursFound(), facts.outcome());
        String id = UUID.randomUUID().toString();
        return commands.sendAndWait(new DraftDisclosure(id, caseId, kind, supersedes, templateId, facts,
                templates.render(templateId, facts, kind, supersedesReference)));
    }

    /** The case's facts as a notice may state them. */
    NoticeFacts facts(Actor actor, String caseId, KeyFigures figures) {
        CaseDetail c = cases.require(actor, caseId);
        Actor reader = new Actor(actor.userId(), Set.of(Role.AUDITOR));
        List<Behaviour> found = c.allegations().stream().filter(a -> a.status() == AllegationStatus.SUBSTANTIATED)
                .map(Allegation::behaviour).sorted().toList();
        List<DisclosedFreeze> frozen = freezes.ofCase(reader, caseId).stream()
                .filter(f -> EXECUTED.contains(f.status()))
                .map(f -> new DisclosedFreeze(f.freezeId(), f.accounts().stream().map(Redaction::mask).toList(),
                        f.scope(), f.amounts()))
                .toList();
        List<DisclosedEvidence> items = evidence.list(reader, caseId).stream().filter(DisclosureService::disclosable)
                .map(i -> new DisclosedEvidence(i.itemId(), i.title(), i.kind().name(), i.sha256().hex())).toList();
        return new NoticeFacts(c.reference(), c.marketMaker().name(), c.symbols(), found, c.outcome(),
                c.accounts().stream().map(Redaction::mask).toList(), figures, frozen, items, cited(caseId, found));
    }

    /**
     * The analyses a notice cites: completed runs of the case that support a finding of the notice and
     * have never failed to reproduce their result, oldest first.
     */
    private List<org.glassbox.api.disclosure.CitedAnalysis> cited(String caseId, List<Behaviour> found) {
        List<org.glassbox.api.analysis.AnalysisRunView> runs = queries.query(
                new org.glassbox.api.analysis.FindCaseAnalyses(caseId),
                ResponseTypes.multipleInstancesOf(org.glassbox.api.analysis.AnalysisRunView.class)).join();
        return runs.stream()
                .filter(r -> r.status() == org.glassbox.api.analysis.AnalysisStatus.COMPLETED && r.publicDigest() != null
                        && !"NOT_REPRODUCED".equals(r.verification().state())
                        && r.allegations().stream().anyMatch(found::contains))
                .sorted(java.util.Comparator.comparing(org.glassbox.api.analysis.AnalysisRunView::requestedAt)
                        .thenComparing(org.glassbox.api.analysis.AnalysisRunView::runId))
                .map(r -> {
                    var method = org.glassbox.analysis.methods.Methods.require(r.method());
                    return new org.glassbox.api.disclosure.CitedAnalysis(r.runId(), r.method(), r.methodVersion(),
                            method.title(), method.description(), r.resultDigest(),
                            org.glassbox.analysis.methods.Figures.inWords(r.headline()), r.publicDigest());
                }).toList();
    }

    /**
     * The public form (account ids masked) of a result a published notice cites, by its digest; empty if the
     * notice cites no such result.
     */
    public java.util.Optional<InputStream> citedResult(PublicNotice notice, String digest) throws IOException {
        if (notice.facts().analyses().stream().noneMatch(a -> digest.equals(a.publicDigest()))) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> address = queries.query(new org.glassbox.api.analysis.FindAnalysisResult(digest),
                ResponseTypes.optionalInstanceOf(String.class)).join();
        return address.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(store.open(address.get()));
    }

    private static boolean disclosable(EvidenceSummary item) {
        return item.confidentiality() == Confidentiality.DISCLOSABLE && !item.excluded()
                && (item.lastVerification() == null || item.lastVerification().intact());
    }

    public void send(Object command) {
        commands.sendAndWait(command);
    }

    public <R> R sendForResult(Object command) {
        return commands.sendAndWait(command);
    }

    public List<DisclosureSummary> ofCase(Actor reader, String caseId) {
        requireReader(reader);
        cases.require(reader, caseId);
        return queries.query(new FindCaseDisclosures(caseId), ResponseTypes.multipleInstancesOf(DisclosureSummary.class))
                .join();
    }

    /** Every notice not yet published, across cases, the one waiting longest first. */
    public List<DisclosureSummary> inProgress(Actor reader) {
        requireReader(reader);
        return queries.query(new org.glassbox.api.disclosure.FindNoticesInProgress(),
                ResponseTypes.multipleInstancesOf(DisclosureSummary.class)).join();
    }

    public DisclosureSummary require(Actor reader, String disclosureId) {
        requireReader(reader);
        return find(disclosureId).orElseThrow(() -> new NotFound("No disclosure " + disclosureId));
    }

    private Optional<DisclosureSummary> find(String disclosureId) {
        return queries.query(new FindDisclosure(disclosureId), ResponseTypes.optionalInstanceOf(DisclosureSummary.class))
                .join();
    }

    public List<DisclosureRevision> revisions(Actor reader, String disclosureId) {
        require(reader, disclosureId);
        return queries.query(new FindDisclosureRevisions(disclosureId),
                ResponseTypes.multipleInstancesOf(DisclosureRevision.class)).join();
    }

    /** Waits (up to the timeout) until the disclosure views show it above the given version (-1: new). */
    public Optional<DisclosureSummary> awaitNewerThan(String disclosureId, long version, long timeoutMillis) {
        java.util.concurrent.atomic.AtomicReference<Optional<DisclosureSummary>> latest =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        ReadSide.awaitUntil(() -> {
            latest.set(find(disclosureId));
            return latest.get().map(d -> d.version() > version).orElse(false);
        }, timeoutMillis);
        return latest.get();
    }

    // The public registry: no reader, nothing but published notices.

    public List<PublicNotice> publicNotices(String search, int limit) {
        return queries.query(new FindPublicNotices(search, limit), ResponseTypes.multipleInstancesOf(PublicNotice.class))
                .join();
    }

    public Optional<PublicNotice> publicNotice(String reference) {
        return queries.query(new FindPublicNotice(reference), ResponseTypes.optionalInstanceOf(PublicNotice.class))
                .join();
    }

    public Optional<PublicNotice> publicNoticeByDigest(String sha256) {
        return queries.query(new FindPublicNoticeByDigest(sha256), ResponseTypes.optionalInstanceOf(PublicNotice.class))
                .join();
    }

    public InputStream pdf(PublicNotice notice) throws IOException {
        return store.open(notice.pdfAddress());
    }

    private static void requireWriter(Actor actor) {
        if (!actor.hasAny(Role.COMMUNICATIONS, Role.INVESTIGATOR, Role.SUPERVISOR)) {
            throw new NotPermitted("Disclosures are drafted by communications staff, investigators and supervisors");
        }
    }

    private static void requireReader(Actor reader) {
        if (!reader.hasAny(Role.COMMUNICATIONS, Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new NotPermitted("Disclosures are read by staff who work cases, communications and auditors");
        }
    }
}
