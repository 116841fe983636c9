package org.glassbox.query.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.analysis.FindAnalysisRun;
import org.glassbox.api.analysis.FindCaseAnalyses;
import org.glassbox.api.shared.Behaviour;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

/** Answers the analysis queries from analysis_run, with the progress the runner reports while a run is going. */
@Component
class AnalysisQueries {
    private static final String SELECT = "SELECT r.*, p.done, p.total, p.step FROM analysis_run r"
            + " LEFT JOIN analysis_progress p ON p.run_id = r.run_id";
    private final JdbcTemplate jdbc;

    AnalysisQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<AnalysisRunView> handle(FindAnalysisRun query) {
        return jdbc.query(SELECT + " WHERE r.run_id = ?", AnalysisQueries::view, query.runId()).stream().findFirst();
    }

    @QueryHandler
    List<AnalysisRunView> handle(FindCaseAnalyses query) {
        return jdbc.query(SELECT + " WHERE r.case_id = ? ORDER BY r.requested_at DESC, r.run_id", AnalysisQueries::view,
                query.caseId());
    }

    @QueryHandler
    Optional<String> handle(org.glassbox.api.analysis.FindAnalysisResult query) {
        return jdbc.queryForList("SELECT public_address FROM analysis_run WHERE public_digest = ?"
                + " AND status = 'COMPLETED' ORDER BY requested_at LIMIT 1", String.class, query.publicDigest())
                .stream().findFirst();
    }

    static AnalysisRunView view(ResultSet rs, int row) throws SQLException {
        AnalysisStatus status = AnalysisStatus.valueOf(rs.getString("status"));
        int total = rs.getInt("total");
        double progress = status == AnalysisStatus.COMPLETED ? 1.0
                : total > 0 ? (double) rs.getInt("done") / total : 0.0;
        String verification = rs.getString("verification");
        Object[] allegations = (Object[]) rs.getArray("allegations").getArray();
        return new AnalysisRunView(rs.getString("run_id"), rs.getString("case_id"), rs.getString("method"),
                rs.getString("method_version"), status, progress, rs.getString("step"),
                read(rs.getString("inputs"), new TypeReference<List<AnalysisInput>>() {
                }), read(rs.getString("parameters"), new TypeReference<Map<String, String>>() {
                }), rs.getString("engine") == null ? Map.of() : read(rs.getString("engine"),
                        new TypeReference<Map<String, String>>() {
                        }), rs.getString("result_digest"), rs.getString("result_address"),
                rs.getString("headline") == null ? Map.of() : read(rs.getString("headline"),
                        new TypeReference<java.util.LinkedHashMap<String, String>>() {
                        }), rs.getString("failure"), rs.getString("requested_by"), instant(rs, "requested_at"),
                instant(rs, "completed_at"), new AnalysisRunView.Verification(verification == null ? "NONE" : verification,
                        instant(rs, "verified_at"), rs.getString("verification_digest"),
                        rs.getString("verification_problem")), rs.getString("public_digest"),
                Arrays.stream(allegations).map(a -> Behaviour.valueOf(a.toString())).sorted().toList(),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return AnalysisRunProjection.JSON.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("analysis_run holds JSON it cannot read", e);
        }
    }
}
