package org.glassbox.query.disclosure;

import java.time.Instant;
import java.util.Locale;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.glassbox.api.disclosure.DisclosurePublished;
import org.glassbox.api.disclosure.DisclosureSuperseded;
import org.glassbox.api.disclosure.NoticeFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the public registry (table public_notice). A row appears only when a notice is published,
 * with the text and facts as approved; drafts never reach this table, so the public pages, which
 * read nothing else, cannot show them.
 */
@Component
@ProcessingGroup(DisclosureViews.PROCESSING_GROUP)
class PublicRegistryProjection {
    private final JdbcTemplate jdbc;

    PublicRegistryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // The published text and facts are those of the draft at approval: the staff view holds them.
    @EventHandler
    void on(DisclosurePublished e, @org.axonframework.eventhandling.Timestamp Instant at) {
        var draft = jdbc.queryForMap("SELECT text, facts_json FROM disclosure_view WHERE disclosure_id = ?",
                e.disclosureId());
        NoticeFacts facts = DisclosureViews.facts((String) draft.get("facts_json"));
        String search = (e.noticeReference() + " " + facts.marketMakerName() + " " + String.join(" ", facts.markets()))
                .toLowerCase(Locale.ROOT);
        jdbc.update("""
                INSERT INTO public_notice (reference, disclosure_id, kind, market_maker, markets, text, facts_json,
                    pdf_sha256, pdf_size, pdf_address, published_at, supersedes_reference, search_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING""",
                e.noticeReference(), e.disclosureId(), e.kind().name(), facts.marketMakerName(),
                facts.markets().toArray(String[]::new), draft.get("text"), draft.get("facts_json"),
                e.pdfSha256().hex(), e.pdfSize(), e.pdfAddress(), java.sql.Timestamp.from(at),
                e.supersedesReference(), search);
    }

    @EventHandler
    void on(DisclosureSuperseded e) {
        jdbc.update("UPDATE public_notice SET superseded_by_reference = ?, superseded_by_kind = ? "
                + "WHERE disclosure_id = ?", e.byReference(), e.byKind().name(), e.disclosureId());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE public_notice");
    }
}
