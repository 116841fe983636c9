package org.glassbox.command.evidence;

import java.util.Optional;

import org.glassbox.api.evidence.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One row per (case, digest); ON CONFLICT waits for a racing claim, so two uploads never both win. */
@Component
class JdbcEvidenceRegister implements EvidenceRegister {
    private final JdbcTemplate jdbc;

    JdbcEvidenceRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(String caseId, Sha256 digest, String itemId) {
        int inserted = jdbc.update("""
                INSERT INTO case_evidence_digest (case_id, sha256, item_id) VALUES (?, ?, ?)
                ON CONFLICT (case_id, sha256) DO NOTHING""", caseId, digest.hex(), itemId);
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT item_id FROM case_evidence_digest WHERE case_id = ? AND sha256 = ?",
                String.class, caseId, digest.hex()).stream().findFirst();
    }
}
