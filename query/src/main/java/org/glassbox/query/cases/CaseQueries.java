package org.glassbox.query.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.cases.Allegation;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.CaseCounts;
import org.glassbox.api.cases.CaseCursor;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CasePage;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.CaseSummary;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.CountCaseTimelineEntries;
import org.glassbox.api.cases.CountCases;
import org.glassbox.api.cases.CountCasesByStatusAndSeverity;
import org.glassbox.api.cases.FindCase;
import org.glassbox.api.cases.FindCaseIdByReference;
import org.glassbox.api.cases.FindCaseTimeline;
import org.glassbox.api.cases.FindCases;
import org.glassbox.api.cases.SourceKind;
import org.glassbox.api.cases.TimelineEntry;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the case list, case page and timeline queries from the case views' tables. */
@Component
class CaseQueries {
    private static final String SUMMARY_COLUMNS = """
            v.case_id, v.reference, status, market_maker_id, market_maker_name, symbols, behaviours, severity,
            assignee, summary, flagged_at, a.last_activity_at""";
    /** The case's listed facts and, from their narrow table, its version and last activity. */
    private static final String CASES = " FROM case_view v JOIN case_activity a ON a.case_id = v.case_id";

    private final NamedParameterJdbcTemplate jdbc;

    CaseQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    CasePage handle(FindCases query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String filter = where(query.filter(), params);
        String where = filter;
        if (query.after() != null) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + after(query.after(), params);
        }
        params.addValue("limit", query.limit()).addValue("offset", query.offset());
        String order = orderBy(query.sort());
        String page = " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        // The page is chosen in the table that holds its order, and only its rows are joined: an offset of 50,000
        // would otherwise join 50,000 rows to throw them away.
        String sql;
        if (query.sort() != CaseSort.LAST_ACTIVITY) {
            sql = "SELECT " + SUMMARY_COLUMNS + " FROM (SELECT * FROM case_view v" + where + page + ") v"
                    + " JOIN case_activity a ON a.case_id = v.case_id ORDER BY " + order;
        } else if (filter.isEmpty()) {
            sql = "SELECT " + SUMMARY_COLUMNS + " FROM (SELECT * FROM case_activity a" + where + page + ") a"
                    + " JOIN case_view v ON v.case_id = a.case_id ORDER BY " + order;
        } else {
            sql = "SELECT " + SUMMARY_COLUMNS + CASES + where + page;
        }
        List<CaseSummary> items = jdbc.query(sql, params, CaseQueries::summary);
        boolean fromStart = query.after() == null && query.offset() == 0;
        long total = fromStart && items.size() < query.limit() ? items.size() : count(query.filter());
        String next = items.size() < query.limit() ? null
                : CaseCursor.after(query.sort(), items.get(items.size() - 1)).encode();
        return new CasePage(items, total, query.offset(), query.limit(), next);
    }

    /** Rows strictly after the cursor in its order; each form matches an index of V3/V5. */
    private static String after(CaseCursor cursor, MapSqlParameterSource params) {
        params.addValue("cRank", cursor.rank()).addValue("cAt", java.sql.Timestamp.from(cursor.at()))
                .addValue("cRef", cursor.reference());
        return switch (cursor.sort()) {
            case NEWEST_FIRST -> "(flagged_at, v.reference) < (:cAt, :cRef)";
            case OLDEST_FIRST -> "(flagged_at, v.reference) > (:cAt, :cRef)";
            case REFERENCE -> "v.reference > :cRef";
            case SEVERITY -> "(severity_rank, flagged_at, v.reference) < (:cRank, :cAt, :cRef)";
            case LAST_ACTIVITY -> "(a.last_activity_at, a.reference) < (:cAt, :cRef)";
            case STATUS -> "status_rank >= :cRank AND (status_rank > :cRank OR (flagged_at, v.reference) < (:cAt, :cRef))";
        };
    }

    @QueryHandler
    Long handle(CountCases query) {
        return count(query.filter());
    }

    @QueryHandler
    Optional<CaseDetail> handle(FindCase query) {
        var params = new MapSqlParameterSource("id", query.caseId());
        List<Allegation> allegations = jdbc.query("""
                SELECT behaviour, status, reason, decided_by FROM case_allegation_view
                WHERE case_id = :id ORDER BY behaviour""", params,
                (rs, n) -> new Allegation(Behaviour.valueOf(rs.getString(1)), AllegationStatus.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)));
        return jdbc.query("SELECT v.*, a.version, a.last_activity_at" + CASES + " WHERE v.case_id = :id", params,
                (rs, n) -> detail(rs, allegations)).stream().findFirst();
    }

    @QueryHandler
    Optional<String> handle(FindCaseIdByReference query) {
        return jdbc.queryForList("SELECT case_id FROM case_view WHERE reference = :ref",
                new MapSqlParameterSource("ref", query.reference()), String.class).stream().findFirst();
    }

    @QueryHandler
    List<TimelineEntry> handle(FindCaseTimeline query) {
        return jdbc.query("""
                SELECT event_id, sequence, occurred_at, event_type, actor, actor_roles, description, reason
                FROM case_timeline_entry WHERE case_id = :id ORDER BY sequence LIMIT :limit OFFSET :offset""",
                new MapSqlParameterSource("id", query.caseId()).addValue("limit", query.limit())
                        .addValue("offset", query.offset()),
                (rs, n) -> new TimelineEntry(rs.getString(1), rs.getLong(2), instant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    @QueryHandler
    Long handle(CountCaseTimelineEntries query) {
        return jdbc.queryForObject("SELECT count(*) FROM case_timeline_entry WHERE case_id = :id",
                new MapSqlParameterSource("id", query.caseId()), Long.class);
    }

    @QueryHandler
    CaseCounts handle(CountCasesByStatusAndSeverity query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return new CaseCounts(jdbc.query("SELECT status, severity, count(*) FROM case_view"
                + where(query.filter(), params) + " GROUP BY status, severity", params,
                (rs, n) -> new CaseCounts.Cell(CaseStatus.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)),
                        rs.getLong(3))));
    }

    private long count(CaseFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject("SELECT count(*) FROM case_view" + where(filter, params), params, Long.class);
        return n == null ? 0 : n;
    }

    private static String where(CaseFilter f, MapSqlParameterSource params) {
        List<String> clauses = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            clauses.add("status IN (:statuses)");
            params.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (present(f.marketMakerId())) {
            clauses.add("market_maker_id = :mm");
            params.addValue("mm", f.marketMakerId().strip());
        }
        if (present(f.symbol())) {
            clauses.add("symbols @> ARRAY[CAST(:symbol AS text)]");
            params.addValue("symbol", f.symbol().strip().toUpperCase(Locale.ROOT));
        }
        if (f.behaviour() != null) {
            clauses.add("behaviours @> ARRAY[CAST(:behaviour AS text)]");
            params.addValue("behaviour", f.behaviour().name());
        }
        if (present(f.assignee())) {
            clauses.add("assignee = :assignee");
            params.addValue("assignee", f.assignee().strip());
        }
        if (present(f.text())) {
            clauses.add("search_text LIKE :text");
            params.addValue("text", "%" + escapeLike(f.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String orderBy(CaseSort sort) {
        return switch (sort) {
            case NEWEST_FIRST -> "flagged_at DESC, v.reference DESC";
            case OLDEST_FIRST -> "flagged_at ASC, v.reference ASC";
            case REFERENCE -> "v.reference ASC";
            case SEVERITY -> "severity_rank DESC, flagged_at DESC, v.reference DESC";
            case LAST_ACTIVITY -> "a.last_activity_at DESC, a.reference DESC";
            case STATUS -> "status_rank ASC, flagged_at DESC, v.reference DESC";
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static CaseSummary summary(ResultSet rs, int n) throws SQLException {
        return new CaseSummary(rs.getString("case_id"), rs.getString("reference"),
                CaseStatus.valueOf(rs.getString("status")), rs.getString("market_maker_id"),
                rs.getString("market_maker_name"), strings(rs.getArray("symbols")),
                strings(rs.getArray("behaviours")).stream().map(Behaviour::valueOf).toList(),
                Severity.valueOf(rs.getString("severity")), rs.getString("assignee"), rs.getString("summary"),
                instant(rs, "flagged_at"), instant(rs, "last_activity_at"));
    }

    private static CaseDetail detail(ResultSet rs, List<Allegation> allegations) throws SQLException {
        String pendingOutcome = rs.getString("pending_outcome");
        String outcome = rs.getString("outcome");
        return new CaseDetail(rs.getString("case_id"), rs.getString("reference"),
                CaseStatus.valueOf(rs.getString("status")),
                new MarketMaker(rs.getString("market_maker_id"), rs.getString("market_maker_name")),
                strings(rs.getArray("accounts")), strings(rs.getArray("symbols")), allegations,
                rs.getString("summary"), Severity.valueOf(rs.getString("severity")),
                new CaseSource(SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_alert_id"),
                        rs.getString("source_reported_by")),
                rs.getString("flagged_by"), instant(rs, "flagged_at"), rs.getString("assignee"),
                pendingOutcome == null ? null
                        : new CaseDetail.PendingClosure(ClosureOutcome.valueOf(pendingOutcome),
                                rs.getString("pending_reason"), rs.getString("pending_proposed_by"),
                                instant(rs, "pending_proposed_at")),
                outcome == null ? null : ClosureOutcome.valueOf(outcome), instant(rs, "closed_at"),
                instant(rs, "last_activity_at"), rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
