package org.glassbox.command.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.shared.Behaviour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The notice PDF: valid PDF/A-3b, the facts in its text and attachment, the same bytes every time. */
class PdfNoticeRendererTest {
    static final String SHA_LOAN = "9f2c".repeat(16);
    static final String SHA_REPORT = "a1b2".repeat(16);
    static final NoticeFacts FACTS = new NoticeFacts("GBX-2026-000003", "Northwind Liquidity",
            List.of("GPSUSDT", "SHELLUSDT"), List.of(Behaviour.POST_LISTING_DUMP, Behaviour.WASH_TRADING),
            ClosureOutcome.SANCTIONED, List.of("****0234", "****0235"),
            new KeyFigures("4-8 March 2026", "about 70M GPS (~$5M) sold within hours of listing", "62% of GPS volume",
                    "-31% in two hours", "Affected users are compensated from the frozen proceeds", true),
            List.of(new DisclosedFreeze("f-1", List.of("****0234", "****0235"), FreezeScope.FULL,
                    List.of(new HeldAmount("USDT", new BigDecimal("5000000"))))),
            List.of(new DisclosedEvidence("i-1", "SHELL token-loan agreement", "CONTRACT", SHA_LOAN),
                    new DisclosedEvidence("i-2", "Self-match report, GPSUSDT", "ANALYSIS", SHA_REPORT)));
    static final String TEXT = """
            An investigation of the market maker of one token found the same market maker serving a second token.

            The market maker sold borrowed tokens right after listing, against the terms of its token loan.""";

    final PdfNoticeRenderer renderer = new PdfNoticeRenderer(new PdfNoticeRenderer.Style("Example Exchange", null,
            "Write to enforcement@exchange.example within 30 days to contest this notice."));

    static NoticeRenderer.Notice notice(String text, NoticeKind kind, String supersedes) {
        return new NoticeRenderer.Notice("GBX-2026-000003-N1", new Disclosure.Publication("d-1", "case-1", kind,
                supersedes == null ? null : "d-0", FACTS, text, Instant.parse("2026-03-09T12:00:00Z")), supersedes,
                "https://notices.example/public/notices/GBX-2026-000003-N1");
    }

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aNoticeIsValidPdfA3b() throws Exception {
        byte[] pdf = renderer.render(notice(TEXT, NoticeKind.NOTICE, null));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "notice-sample.pdf"), pdf);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B); PDFAValidator validator = Foundries.defaultInstance()
                        .createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
    }

    @Test
    void theExchangesLogoKeepsItPdfA3b() throws Exception {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(120, 40,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = logo.createGraphics();
        g.setColor(new java.awt.Color(20, 90, 200, 220));
        g.fillRoundRect(0, 0, 120, 40, 12, 12);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(logo, "png", png);
        byte[] pdf = new PdfNoticeRenderer(new PdfNoticeRenderer.Style("Example Exchange", png.toByteArray(),
                "Contact the exchange.")).render(notice(TEXT, NoticeKind.NOTICE, null));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_3_B); PDFAValidator validator = Foundries.defaultInstance()
                        .createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
    }

    @Test
    void itsTextStatesTheFactsWithMaskedAccountsAndEveryDigest() throws Exception {
        String text = text(renderer.render(notice(TEXT, NoticeKind.NOTICE, null)));
        assertThat(text).contains("Public notice GBX-2026-000003-N1", "Case GBX-2026-000003", "****0234",
                "****0235", SHA_LOAN, SHA_REPORT, "5000000 USDT", "Post listing dump", "offboarded",
                "Example Exchange", "page 1 of 1", "https://notices.example/public/notices/GBX-2026-000003-N1");
        assertThat(text).doesNotContain("UID-");
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        byte[] first = renderer.render(notice(TEXT, NoticeKind.NOTICE, null));
        byte[] second = new PdfNoticeRenderer(new PdfNoticeRenderer.Style("Example Exchange", null,
                "Write to enforcement@exchange.example within 30 days to contest this notice."))
                .render(notice(TEXT, NoticeKind.NOTICE, null));
        assertThat(second).isEqualTo(first);
        assertThat(renderer.render(notice(TEXT + " One more word.", NoticeKind.NOTICE, null))).isNotEqualTo(first);
    }

    @Test
    void theEmbeddedJsonIsTheNoticesFacts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.render(notice(TEXT, NoticeKind.NOTICE, null)))) {
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("notice.json");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            JsonNode json = new ObjectMapper().readTree(spec.getEmbeddedFile().toByteArray());
            assertThat(json.get("reference").asText()).isEqualTo("GBX-2026-000003-N1");
            assertThat(json.get("facts").get("caseReference").asText()).isEqualTo("GBX-2026-000003");
            assertThat(json.get("facts").get("maskedAccounts").toString()).isEqualTo("[\"****0234\",\"****0235\"]");
            assertThat(json.get("facts").get("evidence").findValuesAsText("sha256")).containsExactly(SHA_LOAN,
                    SHA_REPORT);
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(
                    org.apache.pdfbox.cos.COSName.getPDFName("AF")).size()).isEqualTo(1);
        }
    }

    @Test
    void aLongNoticeRunsOverNumberedPagesAndACorrectionNamesWhatItSupersedes() throws Exception {
        String longText = (TEXT + "\n\n").repeat(40);
        byte[] pdf = renderer.render(notice(longText, NoticeKind.CORRECTION, "GBX-2026-000003-N1"));
        String text = text(pdf);
        assertThat(text).contains("Correction notice", "Supersedes notice GBX-2026-000003-N1", "page 2 of");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
