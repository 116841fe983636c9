package org.glassbox.ui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.disclosure.CitedAnalysis;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.command.disclosure.Disclosure;
import org.glassbox.command.disclosure.NoticeRenderer;
import org.glassbox.command.disclosure.PdfNoticeRenderer;
import org.glassbox.templates.notices.NoticeTemplates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A notice as the public reads it: the bundled template's text and the PDF's fact sections together say
 * each thing once (no heading, freeze or analysis printed twice) and count in words.
 */
class NoticePdfWordingTest {
    private static final NoticeFacts FACTS = new NoticeFacts("GBX-2026-000003", "Northwind Liquidity",
            List.of("GPSUSDT"), List.of(Behaviour.POST_LISTING_DUMP), ClosureOutcome.SANCTIONED,
            List.of("****0234", "****0235"), new KeyFigures("4-8 March 2026", "about 70M GPS", null, null, null, true),
            List.of(new DisclosedFreeze("f-1", List.of("****0234", "****0235"), FreezeScope.FULL,
                    List.of(new HeldAmount("USDT", new BigDecimal("5000000"))))),
            List.of(new DisclosedEvidence("i-1", "SHELL token-loan agreement", "CONTRACT", "9f2c".repeat(16))),
            List.of(new CitedAnalysis("r-1", "D1", "1", "Dumping after listing", "Sales right after listing.",
                    "ab".repeat(32), java.util.Map.of("sold", "70,000,000"), "cd".repeat(32))));

    @ParameterizedTest
    @ValueSource(strings = {"post-listing-dump", "default", "referred-to-regulator"})
    void everyHeadingAndEveryListedFactIsPrintedOnce(String template) throws Exception {
        String text = NoticeTemplates.bundled().render(template, FACTS, NoticeKind.NOTICE, null);
        byte[] pdf = new PdfNoticeRenderer(new PdfNoticeRenderer.Style("Example Exchange", null, "Write to us."))
                .render(new NoticeRenderer.Notice("GBX-2026-000003-N1", new Disclosure.Publication("d-1", "c-1",
                        NoticeKind.NOTICE, null, FACTS, text, Instant.parse("2026-03-09T12:00:00Z")), null,
                        "https://notices.example/public/notices/GBX-2026-000003-N1"));
        String printed;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(doc);
        }
        List<String> lines = Arrays.stream(printed.split("\\R")).map(String::strip).toList();
        for (String heading : List.of("Facts", "Actions taken", "Disclosed evidence", "Analyses", "Contest or contact")) {
            assertThat(lines.stream().filter(heading::equals).count()).as("heading %s", heading).isEqualTo(1);
        }
        assertThat(occurrences(printed, "****0234, ****0235 frozen")).as("the freeze").isEqualTo(1);
        assertThat(occurrences(printed, "D1 Dumping after listing")).as("the analysis").isEqualTo(1);
        assertThat(occurrences(printed, "offboarded")).as("the offboarding").isEqualTo(1);
        assertThat(printed).doesNotContain("(s)", "FULL", "SANCTIONED");
    }

    private static long occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }
}
