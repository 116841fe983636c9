package org.glassbox.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.CustodyEntry;
import org.glassbox.api.evidence.EvidenceAccess;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.evidence.FindCaseEvidence;
import org.glassbox.api.evidence.FindCustodyLog;
import org.glassbox.api.evidence.FindEvidenceItem;
import org.glassbox.api.evidence.RecordEvidenceAccess;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.evidence.VerifyEvidence;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.web.CaseNotFound;
import org.glassbox.ui.web.ReadSide;
import org.springframework.stereotype.Service;

/**
 * What the evidence API and views share: taking uploads in, reading the evidence views with the
 * reader's visibility, and serving bytes only after recording who reads them and checking that they
 * are still the bytes collected.
 */
@Service
public class EvidenceService {
    private final CaseService cases;
    private final EvidenceIntake intake;
    private final BlobStore store;
    private final CommandGateway commands;
    private final QueryGateway queries;

    EvidenceService(CaseService cases, EvidenceIntake intake, BlobStore store, CommandGateway commands,
            QueryGateway queries) {
        this.cases = cases;
        this.intake = intake;
        this.store = store;
        this.commands = commands;
        this.queries = queries;
    }

    /** What a submitter says about the files; the bytes say the rest. */
    public record Metadata(EvidenceKind kind, String title, String description, String sourceSystem,
            String collectedBy, Instant collectedAt, Confidentiality confidentiality, Set<Behaviour> allegations) {
    }

    /**
     * One file of a submission and the name the submitter gave it: a stream still to be read, or bytes the
     * API's multipart parser has already spooled and hashed (so they are not written a second time).
     */
    public record Upload(String fileName, InputStream content, EvidenceIntake.Spooled spooled) {
        public Upload(String fileName, InputStream content) {
            this(fileName, content, null);
        }

        static Upload spooled(String fileName, EvidenceIntake.Spooled spooled) {
            return new Upload(fileName, null, spooled);
        }

        EvidenceIntake.Received into(EvidenceIntake intake, EvidenceKind kind) throws IOException {
            return spooled == null ? intake.receive(content, fileName, kind) : intake.receive(spooled, fileName, kind);
        }
    }

    /**
     * Checks the case before any byte is stored (so a refused submission leaves no blob), then streams each
     * file into the store and records it.
     */
    public List<SubmittedEvidence> submit(Actor actor, String caseId, Metadata metadata, List<Upload> files)
            throws IOException {
        checkSubmission(actor, caseId, metadata.allegations());
        if (files.isEmpty()) {
            throw new org.glassbox.api.shared.InvalidField("file", "must be given");
        }
        if (metadata.kind() == null) {
            throw new org.glassbox.api.shared.InvalidField("kind", "must be given");
        }
        List<EvidenceIntake.Received> received = new ArrayList<>();
        for (Upload file : files) {
            received.add(file.into(intake, metadata.kind()));
        }
        return record(actor, caseId, metadata, received);
    }

    /**
     * Streams one file into the store (digest, size, media type measured), after checking the case; market
     * data of the kind given is read strictly first, and refused without storing anything if it is not clean.
     */
    public EvidenceIntake.Received receive(Actor actor, String caseId, Upload file, EvidenceKind kind)
            throws IOException {
        checkSubmission(actor, caseId, Set.of());
        return file.into(intake, kind);
    }

    /** Records stored files as evidence items of the case, with the submitter's metadata. */
    public List<SubmittedEvidence> record(Actor actor, String caseId, Metadata metadata,
            List<EvidenceIntake.Received> received) {
        checkSubmission(actor, caseId, metadata.allegations());
        List<SubmittedEvidence> results = new ArrayList<>();
        for (EvidenceIntake.Received r : received) {
            StoredBlob blob = r.blob();
            if (metadata.kind().isMarketData() && (r.profile() == null || !sameFamily(metadata.kind(), r.profile()))) {
                throw new org.glassbox.api.shared.InvalidField("kind", "is " + metadata.kind() + ", but "
                        + blob.fileName() + " was read as another kind; add the file again under this kind");
            }
            String title = received.size() == 1 ? metadata.title() : metadata.title() + " (" + blob.fileName() + ")";
            results.add(commands.sendAndWait(new SubmitEvidence(UUID.randomUUID().toString(), caseId,
                    metadata.kind(), title, metadata.description(), metadata.sourceSystem(), metadata.collectedBy(),
                    metadata.collectedAt(), metadata.confidentiality(), metadata.allegations(), blob,
                    metadata.kind().isMarketData() ? r.profile() : null)));
        }
        return results;
    }

    private static boolean sameFamily(EvidenceKind kind, org.glassbox.api.evidence.MarketDataProfile profile) {
        return switch (profile.format()) {
            case TRADE_EXPORT, PUBLIC_SPOT_TRADES -> kind == EvidenceKind.TRADE_EXPORT;
            case ORDER_EVENTS -> kind == EvidenceKind.ORDER_EVENTS;
            case ACCOUNT_LINKS -> kind == EvidenceKind.ACCOUNT_LINKS;
        };
    }

    /**
     * The case's completed analyses that support allegations, as the checklists count them (ANALYSIS),
     * except those whose result could not be reproduced.
     */
    public List<org.glassbox.templates.catalogue.Checklist.Support> analysesSupporting(Actor reader, String caseId) {
        cases.require(reader, caseId);
        return queries.query(new org.glassbox.api.analysis.FindCaseAnalyses(caseId),
                ResponseTypes.multipleInstancesOf(org.glassbox.api.analysis.AnalysisRunView.class)).join().stream()
                .filter(r -> r.status() == org.glassbox.api.analysis.AnalysisStatus.COMPLETED
                        && !r.allegations().isEmpty() && !"NOT_REPRODUCED".equals(r.verification().state()))
                .map(r -> new org.glassbox.templates.catalogue.Checklist.Support(r.runId(), EvidenceKind.ANALYSIS,
                        "analysis " + r.method() + " " + r.resultDigest().substring(0, 12), r.allegations()))
                .toList();
    }

    /** The case as the reader may see it. */
    public CaseDetail caseDetail(Actor reader, String caseId) {
        return cases.require(reader, caseId);
    }

    /** Whether this actor may add evidence to the case now; the aggregate decides again on the command. */
    public boolean maySubmit(Actor actor, CaseDetail c) {
        return actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR) && c.status() != CaseStatus.CLOSED
                && (actor.has(Role.SUPERVISOR) || Objects.equals(actor.userId(), c.assignee()));
    }

    private void checkSubmission(Actor actor, String caseId, Set<Behaviour> allegations) {
        CaseDetail c = cases.require(actor, caseId);
        if (!actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR)) {
            throw new NotPermitted("Only investigators and supervisors may submit evidence");
        }
        if (c.status() == CaseStatus.CLOSED) {
            throw new RuleViolation("case-closed", "Case " + c.reference() + " is closed; it takes no more evidence");
        }
        if (!maySubmit(actor, c)) {
            throw new NotPermitted("Only the assigned investigator (" + c.assignee()
                    + ") or a supervisor may submit evidence to case " + c.reference());
        }
        Set<Behaviour> alleged = new java.util.HashSet<>();
        c.allegations().forEach(a -> alleged.add(a.behaviour()));
        for (Behaviour b : allegations) {
            if (!alleged.contains(b)) {
                throw new RuleViolation("unknown-allegation", "Case " + c.reference() + " alleges no " + b
                        + "; it alleges " + alleged);
            }
        }
    }

    /** The case's evidence as the reader may see it: communications staff only disclosable items in use. */
    public List<EvidenceSummary> list(Actor reader, String caseId) {
        cases.require(reader, caseId);
        return queries.query(new FindCaseEvidence(caseId), ResponseTypes.multipleInstancesOf(EvidenceSummary.class))
                .join().stream().filter(item -> maySee(reader, item)).toList();
    }

    public EvidenceSummary item(Actor reader, String caseId, String itemId) {
        cases.require(reader, caseId);
        return queries.query(new FindEvidenceItem(itemId), ResponseTypes.optionalInstanceOf(EvidenceSummary.class))
                .join().filter(item -> item.caseId().equals(caseId) && maySee(reader, item))
                .orElseThrow(() -> new CaseNotFound(caseId + "/evidence/" + itemId));
    }

    public List<CustodyEntry> custody(Actor reader, String caseId, String itemId) {
        item(reader, caseId, itemId);
        return queries.query(new FindCustodyLog(itemId), ResponseTypes.multipleInstancesOf(CustodyEntry.class))
                .join();
    }

    /**
     * Opens the item's bytes for reading, after checking that they are still the bytes collected (if not,
     * the failure is recorded and nothing is served) and recording who reads them and why. The stream
     * checks the digest again as it is read and fails at its end if the bytes changed in between.
     */
    public InputStream open(Actor reader, String caseId, String itemId, EvidenceAccess access, String purpose)
            throws IOException {
        EvidenceSummary item = item(reader, caseId, itemId);
        Sha256 actual = digestOf(item);
        if (!item.sha256().equals(actual)) {
            commands.sendAndWait(new VerifyEvidence(itemId));
            throw new RuleViolation("integrity-failed", "The stored bytes of '" + item.title()
                    + "' are missing or no longer match their SHA-256 " + item.sha256()
                    + "; the failure is recorded and nothing is served");
        }
        commands.sendAndWait(new RecordEvidenceAccess(itemId, access, purpose));
        return new VerifyingStream(store.open(item.address()), item.sha256());
    }

    public void send(Object command) {
        commands.sendAndWait(command);
    }

    /** Waits (up to the timeout) until the evidence views show each item above the version given (-1: new). */
    public void awaitItems(Actor reader, String caseId, Map<String, Long> versionsSeen, long timeoutMillis) {
        ReadSide.awaitUntil(() -> {
            Map<String, Long> now = new java.util.HashMap<>();
            list(reader, caseId).forEach(i -> now.put(i.itemId(), i.version()));
            return versionsSeen.entrySet().stream().allMatch(e -> now.getOrDefault(e.getKey(), -1L) > e.getValue());
        }, timeoutMillis);
    }

    private Sha256 digestOf(EvidenceSummary item) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(store.open(item.address()), sha256)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (BlobStore.NoSuchBlob missing) {
            return null;
        }
        return Sha256.of(sha256.digest());
    }

    static boolean maySee(Actor reader, EvidenceSummary item) {
        return reader.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)
                || (reader.has(Role.COMMUNICATIONS) && item.confidentiality() == Confidentiality.DISCLOSABLE
                        && !item.excluded());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hashes as it is read; at the end, refuses to finish quietly if the bytes are not the recorded ones. */
    static final class VerifyingStream extends DigestInputStream {
        private final Sha256 expected;

        VerifyingStream(InputStream in, Sha256 expected) {
            super(in, sha256());
            this.expected = expected;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n == -1 && !Sha256.of(getMessageDigest().digest()).equals(expected)) {
                throw new IOException("The bytes changed while being served; they do not match " + expected);
            }
            return n;
        }
    }
}
