package org.glassbox.command.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;

/** Shared givens of the evidence fixture tests: one case, one item, fakes for the ports. */
final class EvidenceFixtures {
    static final String CASE = "case-1";
    static final String ITEM = "item-1";
    static final byte[] BYTES = "time,account,side,qty\n".getBytes(StandardCharsets.UTF_8);
    static final Sha256 DIGEST = digest(BYTES);
    static final StoredBlob BLOB = new StoredBlob(DIGEST, BYTES.length, "text/csv", "trades.csv", "mem:" + DIGEST);
    static final Instant COLLECTED = Instant.parse("2026-03-08T12:00:00Z");

    private EvidenceFixtures() {
    }

    static CaseSnapshot openCase() {
        return new CaseSnapshot(CASE, "GBX-2026-000001", CaseStatus.UNDER_INVESTIGATION, "alice",
                Set.of(Behaviour.WASH_TRADING, Behaviour.POST_LISTING_DUMP), java.util.List.of("UID-100234", "UID-100235"));
    }

    static CaseSnapshot closedCase() {
        CaseSnapshot c = openCase();
        return new CaseSnapshot(c.caseId(), c.reference(), CaseStatus.CLOSED, c.assignee(), c.allegations(),
                c.accounts());
    }

    /** What the strict reading of the fixture's trade export found. */
    static final org.glassbox.api.evidence.MarketDataProfile PROFILE = new org.glassbox.api.evidence.MarketDataProfile(
            org.glassbox.api.evidence.MarketDataFormat.TRADE_EXPORT, "CSV", "NONE",
            java.util.List.of("trade_id", "time", "symbol", "price", "qty", "buyer_account", "seller_account"), 2,
            java.util.List.of("GPSUSDT"), 1, java.util.List.of("UID-100234", "UID-200001"), 2,
            java.time.Instant.parse("2026-03-04T00:00:00Z"), java.time.Instant.parse("2026-03-08T00:00:00Z"),
            "MILLISECONDS", 6, 2);

    static SubmitEvidence submit(String itemId, Set<Behaviour> allegations) {
        return new SubmitEvidence(itemId, CASE, EvidenceKind.TRADE_EXPORT, "GPS trades 4-8 March",
                "All fills of the MM accounts", "matching engine", "alice", COLLECTED, Confidentiality.INTERNAL,
                allegations, BLOB, PROFILE);
    }

    static EvidenceSubmitted submitted() {
        return new EvidenceSubmitted(ITEM, CASE, EvidenceKind.TRADE_EXPORT, "GPS trades 4-8 March",
                "All fills of the MM accounts", "matching engine", "alice", COLLECTED, Confidentiality.INTERNAL,
                Set.of(Behaviour.WASH_TRADING), BLOB);
    }

    static Sha256 digest(byte[] bytes) {
        try {
            return Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case whose state a test can change between commands. */
    static final class MutableCaseFacts implements CaseFacts {
        CaseSnapshot current = openCase();

        @Override
        public Optional<CaseSnapshot> of(String caseId) {
            return current != null && current.caseId().equals(caseId) ? Optional.of(current) : Optional.empty();
        }
    }

    /** Blobs in memory, which a test can alter or remove to play a tampering. */
    static final class MemoryBlobStore implements BlobStore {
        final Map<String, byte[]> blobs = new HashMap<>();

        @Override
        public String put(Sha256 digest, long size, Path file) throws IOException {
            blobs.putIfAbsent("mem:" + digest, Files.readAllBytes(file));
            return "mem:" + digest;
        }

        @Override
        public InputStream open(String address) throws IOException {
            byte[] bytes = blobs.get(address);
            if (bytes == null) {
                throw new NoSuchBlob(address);
            }
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean exists(String address) {
            return blobs.containsKey(address);
        }

        @Override
        public String kind() {
            return "memory";
        }

        @Override
        public java.util.List<StoredObject> contents() {
            return blobs.entrySet().stream().map(e -> new StoredObject(e.getKey(), e.getKey(), e.getValue().length,
                    java.time.Instant.EPOCH)).toList();
        }

        @Override
        public void remove(StoredObject object) {
            blobs.remove(object.name());
        }
    }
}
