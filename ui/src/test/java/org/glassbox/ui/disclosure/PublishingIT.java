package org.glassbox.ui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.disclosure.ApproveDisclosure;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublishDisclosure;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A notice drafted, approved by a second person and published in the running application: numbered,
 * rendered, stored, fingerprinted; internal evidence and unmasked accounts never reach the PDF; a
 * correction supersedes it.
 */
class PublishingIT extends IntegrationTest {
    @Autowired
    EvidenceIntake intake;
    @Autowired
    BlobStore store;

    private String evidence(String caseId, String title, Confidentiality confidentiality) throws Exception {
        StoredBlob blob = intake.receive(new ByteArrayInputStream((title + " " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8)), "item.txt");
        SubmittedEvidence item = as("investigator", new SubmitEvidence(UUID.randomUUID().toString(), caseId,
                EvidenceKind.ANALYSIS, title, null, "surveillance", "investigator", Instant.parse("2026-03-09T09:00:00Z"),
                confidentiality, Set.of(Behaviour.POST_LISTING_DUMP), blob));
        return item.itemId() + " " + blob.sha256().hex();
    }

    @Test
    void aNoticeIsPublishedWithItsPdfFingerprintedAndACorrectionSupersedesIt() throws Exception {
        String account = FreezeFixtures.account();
        String other = FreezeFixtures.account();
        var c = FreezeFixtures.openCase(commands, staff, account, other);
        String[] disclosable = evidence(c.caseId(), "Self-match report", Confidentiality.DISCLOSABLE).split(" ");
        evidence(c.caseId(), "Internal trade export", Confidentiality.INTERNAL);
        as("investigator", new SubstantiateAllegation(c.caseId(), Behaviour.POST_LISTING_DUMP, "sold after listing"));
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, c.caseId(), List.of(account), FreezeScope.FULL,
                List.of(new HeldAmount("USDT", new BigDecimal("5000000"))), "proceeds", Urgency.ROUTINE,
                Instant.now().plus(30, ChronoUnit.DAYS)));
        as("supervisor", new ApproveAccountFreeze(freezeId, null));
        await("the freeze is executed", () -> recorded(freezeId, "AccountFreezeExecuted"));

        String masked = "****" + account.substring(account.length() - 4);
        NoticeFacts facts = new NoticeFacts(c.reference(), "Freeze Capital", List.of("GPSUSDT"),
                List.of(Behaviour.POST_LISTING_DUMP), ClosureOutcome.SANCTIONED,
                List.of(masked, "****" + other.substring(other.length() - 4)),
                new KeyFigures("4-8 March 2026", "70M GPS", "62%", "-31%", null, true),
                List.of(new DisclosedFreeze(freezeId, List.of(masked), FreezeScope.FULL,
                        List.of(new HeldAmount("USDT", new BigDecimal("5000000"))))),
                List.of(new DisclosedEvidence(disclosable[0], "Self-match report", "ANALYSIS", disclosable[1])));
        String first = UUID.randomUUID().toString();
        as("communications", new DraftDisclosure(first, c.caseId(), NoticeKind.NOTICE, null, "post-listing-dump", facts,
                "The market maker sold borrowed tokens right after listing."));
        as("communications", new SubmitDisclosureForApproval(first));
        as("supervisor", new ApproveDisclosure(first, null));
        String reference = as("communications", new PublishDisclosure(first));
        assertThat(reference).isEqualTo(c.reference() + "-N1");
        await("the notice is public", () -> get(null, "/public/notices/" + reference).statusCode() == 200);
        assertThat(get(null, "/public/notices/" + reference).body()).as("the public page lists the actions as the PDF does")
                .contains("<h2>Actions taken</h2>", "The market maker was offboarded",
                        "Accounts " + masked + " frozen (full); proceeds held: 5000000 USDT.",
                        "Outcome of the investigation: sanctioned.");

        JsonNode published = payload(first, "DisclosurePublished");
        JsonNode digest = published.get("pdfSha256");
        String sha = digest.isTextual() ? digest.asText() : digest.elements().next().asText();
        byte[] pdf;
        try (InputStream in = store.open(published.get("pdfAddress").asText())) {
            pdf = in.readAllBytes();
        }
        assertThat(sha256(pdf)).isEqualTo(sha);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains(reference, masked, disclosable[1]).doesNotContain(account, other,
                "Internal trade export");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            JsonNode embedded = new ObjectMapper().readTree(doc.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames().get("notice.json").getEmbeddedFile().toByteArray());
            assertThat(embedded.get("reference").asText()).isEqualTo(reference);
            assertThat(embedded.get("facts").get("caseReference").asText()).as("the case's own reference")
                    .isEqualTo(c.reference());
            assertThat(embedded.get("facts").get("freezes").get(0).get("freezeId").asText()).isEqualTo(freezeId);
            assertThat(embedded.toString()).doesNotContain(account, other, "Internal trade export");
            assertThat(embedded.get("publicUrl").asText()).as("the demo's notices point where it listens")
                    .isEqualTo("http://localhost:" + port + "/public/notices/" + reference);
        }
        assertThat(text.replaceAll("\\s+", "")).contains("http://localhost:" + port + "/public/notices/" + reference);

        String correction = UUID.randomUUID().toString();
        as("investigator", new DraftDisclosure(correction, c.caseId(), NoticeKind.CORRECTION, first,
                "post-listing-dump", facts, "Corrected: the market maker sold 71M borrowed tokens."));
        as("investigator", new SubmitDisclosureForApproval(correction));
        as("supervisor2", new ApproveDisclosure(correction, null));
        assertThat((String) as("communications", new PublishDisclosure(correction))).isEqualTo(c.reference() + "-N2");
        assertThat(payload(first, "DisclosureSuperseded").get("byReference").asText()).isEqualTo(c.reference() + "-N2");
        assertThat(payload(correction, "DisclosurePublished").get("supersedesReference").asText()).isEqualTo(reference);

        String again = UUID.randomUUID().toString();
        assertThatThrownBy(() -> as("investigator", new DraftDisclosure(again, c.caseId(), NoticeKind.RETRACTION,
                first, "retraction", facts, "Retracted."))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("newest published notice");
    }

    private JsonNode payload(String aggregateId, String type) throws Exception {
        String json = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = ?""", String.class, aggregateId,
                "org.glassbox.api.disclosure." + type);
        return new ObjectMapper().readTree(json);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
