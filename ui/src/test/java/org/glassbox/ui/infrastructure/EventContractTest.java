package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.glassbox.api.analysis.AnalysisCompleted;
import org.glassbox.api.analysis.AnalysisFailed;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.AnalysisLinkedToAllegation;
import org.glassbox.api.analysis.AnalysisNotReproduced;
import org.glassbox.api.analysis.AnalysisReproduced;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.AnalysisStarted;
import org.glassbox.api.analysis.AnalysisVerificationRequested;
import org.glassbox.api.disclosure.CitedAnalysis;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosureDrafted;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.evidence.MarketDataProfiled;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.shared.Behaviour;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Golden JSON contracts of the events as stored, one file a revision (src/test/resources/contracts):
 * the application's event serializer writes each event exactly as its file says, and reads the file back
 * into the same event. An event that changes shape without a new revision breaks this test.
 */
class EventContractTest {
    static final Serializer SERIALIZER = new AxonConfiguration().serializer();
    static final MarketDataProfile PROFILE = new MarketDataProfile(MarketDataFormat.TRADE_EXPORT, "CSV", "NONE",
            List.of("trade_id", "time", "symbol", "price", "qty", "buyer_account", "seller_account"), 21855,
            List.of("GPSUSDT"), 1, List.of("UID-100234", "UID-200001"), 207, Instant.parse("2025-03-07T10:00:00Z"),
            Instant.parse("2025-03-10T09:59:53.276Z"), "MILLISECONDS", 6, 2);
    static final StoredBlob BLOB = new StoredBlob(new Sha256("a".repeat(64)), 2_000_000, "text/csv", "trades.csv",
            "local:" + "a".repeat(64));
    static final StoredBlob RESULT = new StoredBlob(new Sha256("b".repeat(64)), 10599, "application/json",
            "W1-bbbbbbbbbbbb.json", "local:" + "b".repeat(64));

    static final String KEY = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=";

    static Stream<Object> events() {
        return Stream.of(
                new org.glassbox.api.audit.ChainCheckpointSigned("cp-1", 42, "f".repeat(64), "c2lnbmF0dXJl", KEY,
                        org.glassbox.api.audit.SigningKeyIds.of(KEY)),
                new MarketDataProfiled("item-1", "case-1", EvidenceKind.TRADE_EXPORT, PROFILE),
                new AnalysisRequested("run-1", "case-1", "W2", "1",
                        List.of(new AnalysisInput("item-1", EvidenceKind.TRADE_EXPORT, "GPS trades", BLOB, PROFILE)),
                        Map.of("window", "PT1S"), List.of("UID-100234", "UID-100235")),
                new AnalysisStarted("run-1", "case-1"),
                new org.glassbox.api.freeze.EscalatedFreezeRetried("freeze-1", "case-1", false,
                        "The account system is back", "sam"),
                new AnalysisCompleted("run-1", "case-1", "W2", "b".repeat(64), RESULT,
                        Map.of("duckdb", "v2.0.0"), Map.of("count", "40"), "e".repeat(64), RESULT),
                new AnalysisFailed("run-1", "case-1", "The stored bytes changed", true),
                new AnalysisVerificationRequested("run-1", "case-1", "v-1"),
                new AnalysisReproduced("run-1", "case-1", "v-1", "b".repeat(64)),
                new AnalysisNotReproduced("run-1", "case-1", "v-1", "b".repeat(64), "c".repeat(64), "another digest"),
                new AnalysisLinkedToAllegation("run-1", "case-1", Behaviour.WASH_TRADING, "self-trades"),
                new DisclosureDrafted("d-1", "case-1", NoticeKind.NOTICE, null, "post-listing-dump",
                        new NoticeFacts("GBX-2026-000003", "Northwind Liquidity", List.of("GPSUSDT"),
                                List.of(Behaviour.POST_LISTING_DUMP), null, List.of("****0234"),
                                new KeyFigures("7 March 2025", "70M GPS", null, null, null, true), List.of(),
                                List.of(new DisclosedEvidence("item-2", "Loan", "CONTRACT", "d".repeat(64))),
                                List.of(new CitedAnalysis("run-1", "D1", "1", "Dumping after listing",
                                        "Measures the sales.", "b".repeat(64), Map.of("soldQty", "70000000.00"),
                                        "e".repeat(64)))),
                        "text", "alice"));
    }

    static String file(Object event) {
        return event.getClass().getSimpleName() + "-" + event.getClass().getAnnotation(Revision.class).value() + ".json";
    }

    static String golden(String name) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as("golden file contracts/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventIsStoredAsItsGoldenFileSaysAndReadBack(Object event) throws IOException {
        String golden = golden(file(event));
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(stored.getData())).isEqualTo(json.readTree(golden));
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(golden.getBytes(StandardCharsets.UTF_8),
                byte[].class, event.getClass().getName(), event.getClass().getAnnotation(Revision.class).value()));
        assertThat(read).isEqualTo(event);
    }

    /** Checkpoints signed before key ids existed (revision 1) read with the id their public key gives. */
    @org.junit.jupiter.api.Test
    void aRevisionOneCheckpointReadsWithTheKeyIdOfItsPublicKey() throws IOException {
        String old = golden("ChainCheckpointSigned-1.json");
        assertThat(old).doesNotContain("keyId");
        var read = (org.glassbox.api.audit.ChainCheckpointSigned) SERIALIZER.deserialize(new SimpleSerializedObject<>(
                old.getBytes(StandardCharsets.UTF_8), byte[].class,
                org.glassbox.api.audit.ChainCheckpointSigned.class.getName(), "1"));
        assertThat(read.keyId()).isEqualTo(org.glassbox.api.audit.SigningKeyIds.of(KEY)).hasSize(16);
        assertThat(read.position()).isEqualTo(42);
    }

    /** Notices drafted before analyses existed have no "analyses" in their facts: they read as citing none. */
    @org.junit.jupiter.api.Test
    void aDraftFromBeforeAnalysesReadsAsCitingNone() throws IOException {
        String old = golden("DisclosureDrafted-1.json").replaceAll(",\\s*\"analyses\"\\s*:\\s*\\[[^\\]]*\\{[^\\]]*\\]", "");
        assertThat(old).doesNotContain("\"analyses\"");
        DisclosureDrafted read = (DisclosureDrafted) SERIALIZER.deserialize(new SimpleSerializedObject<>(
                old.getBytes(StandardCharsets.UTF_8), byte[].class, DisclosureDrafted.class.getName(), "1"));
        assertThat(read.facts().analyses()).isEmpty();
    }
}
