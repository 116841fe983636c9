package org.glassbox.query.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.disclosure.DisclosureRevision;
import org.glassbox.api.disclosure.DisclosureStatus;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.FindCaseDisclosures;
import org.glassbox.api.disclosure.FindDisclosure;
import org.glassbox.api.disclosure.FindDisclosureRevisions;
import org.glassbox.api.disclosure.FindNoticesInProgress;
import org.glassbox.api.disclosure.FindPublicNotice;
import org.glassbox.api.disclosure.FindPublicNoticeByDigest;
import org.glassbox.api.disclosure.FindPublicNotices;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublicNotice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the disclosure queries: staff from disclosure_view, the public from public_notice only. */
@Component
class DisclosureQueries {
    private final JdbcTemplate jdbc;

    DisclosureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<DisclosureSummary> handle(FindCaseDisclosures query) {
        return jdbc.query("SELECT * FROM disclosure_view WHERE case_id = ? ORDER BY drafted_at DESC",
                DisclosureQueries::summary, query.caseId());
    }

    @QueryHandler
    List<DisclosureSummary> handle(FindNoticesInProgress query) {
        return jdbc.query("""
                SELECT * FROM disclosure_view WHERE status <> 'PUBLISHED'
                ORDER BY coalesce(submitted_at, drafted_at), disclosure_id""", DisclosureQueries::summary);
    }

    @QueryHandler
    Optional<DisclosureSummary> handle(FindDisclosure query) {
        return jdbc.query("SELECT * FROM disclosure_view WHERE disclosure_id = ?", DisclosureQueries::summary,
                query.disclosureId()).stream().findFirst();
    }

    @QueryHandler
    List<DisclosureRevision> handle(FindDisclosureRevisions query) {
        return jdbc.query("""
                SELECT revision, text, revised_by, revised_at FROM disclosure_revision WHERE disclosure_id = ?
                ORDER BY revision""", (rs, n) -> new DisclosureRevision(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant()), query.disclosureId());
    }

    @QueryHandler
    List<PublicNotice> handle(FindPublicNotices query) {
        int limit = Math.max(1, Math.min(FindPublicNotices.MAX_LIMIT, query.limit()));
        if (query.search() == null || query.search().isBlank()) {
            return jdbc.query("SELECT * FROM public_notice ORDER BY published_at DESC, reference DESC LIMIT ?",
                    DisclosureQueries::notice, limit);
        }
        return jdbc.query("""
                SELECT * FROM public_notice WHERE search_text LIKE ? ESCAPE '\\'
                ORDER BY published_at DESC, reference DESC LIMIT ?""", DisclosureQueries::notice,
                "%" + query.search().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%", limit);
    }

    @QueryHandler
    Optional<PublicNotice> handle(FindPublicNotice query) {
        return jdbc.query("SELECT * FROM public_notice WHERE reference = ?", DisclosureQueries::notice,
                query.reference()).stream().findFirst();
    }

    @QueryHandler
    Optional<PublicNotice> handle(FindPublicNoticeByDigest query) {
        return jdbc.query("SELECT * FROM public_notice WHERE pdf_sha256 = ?", DisclosureQueries::notice,
                query.sha256()).stream().findFirst();
    }

    private static DisclosureSummary summary(ResultSet rs, int n) throws SQLException {
        return new DisclosureSummary(rs.getString("disclosure_id"), rs.getString("case_id"),
                NoticeKind.valueOf(rs.getString("kind")), rs.getString("supersedes"), rs.getString("template_id"),
                DisclosureViews.facts(rs.getString("facts_json")), rs.getString("text"), rs.getInt("revision"),
                DisclosureStatus.valueOf(rs.getString("status")), rs.getString("drafted_by"),
                instant(rs, "drafted_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                rs.getString("decided_by"), rs.getString("decision_reason"), rs.getString("notice_reference"),
                rs.getString("pdf_sha256"), instant(rs, "published_at"), rs.getString("superseded_by_reference"),
                rs.getLong("version"));
    }

    private static PublicNotice notice(ResultSet rs, int n) throws SQLException {
        String supersededKind = rs.getString("superseded_by_kind");
        return new PublicNotice(rs.getString("reference"), NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("market_maker"), Arrays.asList((String[]) rs.getArray("markets").getArray()),
                rs.getString("text"), DisclosureViews.facts(rs.getString("facts_json")), rs.getString("pdf_sha256"),
                rs.getLong("pdf_size"), rs.getString("pdf_address"), instant(rs, "published_at"),
                rs.getString("supersedes_reference"), rs.getString("superseded_by_reference"),
                supersededKind == null ? null : NoticeKind.valueOf(supersededKind));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
