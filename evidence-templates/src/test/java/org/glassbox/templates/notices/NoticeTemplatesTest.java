package org.glassbox.templates.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.shared.Behaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice templates: chosen by findings, filled from the facts, strict about placeholders. */
class NoticeTemplatesTest {
    static final NoticeFacts GPS = new NoticeFacts("GBX-2026-000003", "Northwind Liquidity", List.of("GPSUSDT"),
            List.of(Behaviour.POST_LISTING_DUMP, Behaviour.WASH_TRADING), ClosureOutcome.SANCTIONED,
            List.of("****0234", "****0235"), new KeyFigures("4-8 March 2026", "about 70M GPS (~$5M)", "62% of volume",
                    "-31%", "Affected users are compensated from the frozen proceeds", true),
            List.of(new DisclosedFreeze("f-1", List.of("****0234"), FreezeScope.FULL,
                    List.of(new HeldAmount("USDT", new BigDecimal("5000000"))))), List.of());

    final NoticeTemplates templates = NoticeTemplates.bundled();

    @Test
    void aPostListingDumpNoticeIsFilledFromTheFacts() {
        String id = templates.choose(NoticeKind.NOTICE, GPS.behavioursFound(), GPS.outcome());
        assertThat(id).isEqualTo("post-listing-dump");
        String text = templates.render(id, GPS, NoticeKind.NOTICE, null);
        assertThat(text).contains("market maker Northwind Liquidity on GPSUSDT", "4-8 March 2026",
                "also found post listing dump and wash trading", "about 70M GPS (~$5M)",
                "2 accounts of the market maker were involved", "The actions the exchange took are listed below",
                "quote both sides");
        assertThat(text).doesNotContain("{{", "{%", "This notice corrects");
    }

    @Test
    void theTextCountsInWordsAndLeavesTheListsToTheFactsPrintedBelowIt() {
        NoticeFacts one = new NoticeFacts(GPS.caseReference(), GPS.marketMakerName(), GPS.markets(),
                GPS.behavioursFound(), null, List.of("****0234"), new KeyFigures("4-8 March 2026", "70M GPS", null,
                        null, null, false), List.of(), List.of(new org.glassbox.api.disclosure.DisclosedEvidence("i-1",
                                "Loan", "CONTRACT", "ab".repeat(32))));
        for (String id : List.of("post-listing-dump", "default", "referred-to-regulator")) {
            String text = templates.render(id, one, NoticeKind.NOTICE, null);
            assertThat(text).as(id).doesNotContain("(s)", "Actions taken", "Result SHA-256", "- Accounts");
            assertThat(text).as(id).contains("The item of evidence listed below can be checked against its SHA-256");
            if (!id.equals("referred-to-regulator")) {
                assertThat(text).as(id).contains("1 account of the market maker was involved")
                        .as("nothing was done, so no actions are announced").doesNotContain("actions the exchange took");
            }
        }
        assertThat(templates.render("default", GPS, NoticeKind.NOTICE, null))
                .contains("2 accounts of the market maker were involved");
    }

    @Test
    void findingsWithoutTheirOwnTemplateUseTheDefaultAndACorrectionSaysWhatItReplaces() {
        NoticeFacts spoofing = new NoticeFacts("GBX-2026-000004", "Helix", List.of("MOVEUSDT"),
                List.of(Behaviour.SPOOFING), null, List.of("****0871"),
                new KeyFigures("November 2026", null, null, null, null, false), List.of(), List.of());
        String id = templates.choose(NoticeKind.CORRECTION, spoofing.behavioursFound(), null);
        assertThat(id).isEqualTo(NoticeTemplates.DEFAULT);
        assertThat(templates.render(id, spoofing, NoticeKind.CORRECTION, "GBX-2026-000004-N1"))
                .startsWith("This notice corrects notice GBX-2026-000004-N1").contains("found spoofing");
        assertThat(templates.choose(NoticeKind.RETRACTION, GPS.behavioursFound(), null)).isEqualTo("retraction");
    }

    @Test
    void aCaseReferredToARegulatorGetsItsOwnWording() {
        String id = templates.choose(NoticeKind.NOTICE, GPS.behavioursFound(), ClosureOutcome.REFERRED_TO_REGULATOR);
        assertThat(id).isEqualTo("referred-to-regulator");
        assertThat(templates.render(id, GPS, NoticeKind.NOTICE, null)).contains("referred", "regulator");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAtLoadNamingFileAndPlaceholder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("notices"));
        Files.writeString(dir.resolve("notices/default.peb"), "The market maker {{ marketMakr }} did it.");
        assertThatThrownBy(() -> NoticeTemplates.fromDirectory(dir))
                .isInstanceOf(NoticeTemplates.InvalidTemplate.class)
                .hasMessageContaining("default.peb").hasMessageContaining("marketMakr");
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedAtLoad(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("notices"));
        Files.writeString(dir.resolve("notices/retraction.peb"), "{% if kind %}never closed");
        assertThatThrownBy(() -> NoticeTemplates.fromDirectory(dir))
                .isInstanceOf(NoticeTemplates.InvalidTemplate.class).hasMessageContaining("retraction.peb");
    }

    @Test
    void aDirectoryReplacesOnlyTheTemplatesItHolds(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("notices"));
        Files.writeString(dir.resolve("notices/default.peb"), "Notice about {{ marketMaker }}.");
        NoticeTemplates mixed = NoticeTemplates.fromDirectory(dir);
        assertThat(mixed.render("default", GPS, NoticeKind.NOTICE, null)).isEqualTo("Notice about Northwind Liquidity.");
        assertThat(mixed.render("post-listing-dump", GPS, NoticeKind.NOTICE, null)).contains("sold tokens right after");
    }
}
