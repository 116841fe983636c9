package org.glassbox.query.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.CustodyEntry;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.evidence.FindCaseEvidence;
import org.glassbox.api.evidence.FindCustodyLog;
import org.glassbox.api.evidence.FindEvidenceItem;
import org.glassbox.api.evidence.FindEvidenceToVerify;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.shared.Behaviour;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the evidence queries from the evidence views' tables. */
@Component
class EvidenceQueries {
    private final JdbcTemplate jdbc;

    EvidenceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<EvidenceSummary> handle(FindCaseEvidence query) {
        return jdbc.query("SELECT * FROM evidence_view WHERE case_id = ? ORDER BY submitted_at, item_id",
                EvidenceQueries::summary, query.caseId());
    }

    @QueryHandler
    Optional<EvidenceSummary> handle(FindEvidenceItem query) {
        return jdbc.query("SELECT * FROM evidence_view WHERE item_id = ?", EvidenceQueries::summary, query.itemId())
                .stream().findFirst();
    }

    @QueryHandler
    List<CustodyEntry> handle(FindCustodyLog query) {
        return jdbc.query("""
                SELECT sequence, occurred_at, actor, actor_roles, action, detail FROM evidence_custody_entry
                WHERE item_id = ? ORDER BY sequence""",
                (rs, n) -> new CustodyEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)), query.itemId());
    }

    @QueryHandler
    List<String> handle(FindEvidenceToVerify query) {
        return jdbc.queryForList("""
                SELECT item_id FROM evidence_view WHERE NOT excluded AND (verified_at IS NULL OR verified_at < ?)
                ORDER BY verified_at NULLS FIRST LIMIT ?""", String.class,
                java.sql.Timestamp.from(query.verifiedBefore()), query.limit());
    }

    private static EvidenceSummary summary(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new EvidenceSummary(rs.getString("item_id"), rs.getString("case_id"),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                rs.getString("source_system"), rs.getString("collected_by"), instant(rs, "collected_at"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), new Sha256(rs.getString("sha256")),
                rs.getLong("size"), rs.getString("media_type"), rs.getString("file_name"), rs.getString("address"),
                Confidentiality.valueOf(rs.getString("confidentiality")),
                Arrays.stream((String[]) rs.getArray("allegations").getArray()).map(Behaviour::valueOf).toList(),
                rs.getBoolean("excluded"), rs.getString("excluded_reason"),
                verifiedAt == null ? null : new EvidenceSummary.LastVerification(verifiedAt.toInstant(),
                        rs.getBoolean("verified_intact"), rs.getString("verification_problem")),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
