package org.glassbox.command.cases;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A unique row per alert id. ON CONFLICT DO NOTHING waits for a concurrent claim of the same alert to
 * commit or roll back, so two racing flaggings can never both win.
 */
@Component
class JdbcAlertClaims implements AlertClaims {
    private final JdbcTemplate jdbc;

    JdbcAlertClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AlertHolder> claim(String alertId, String caseId, String reference) {
        int inserted = jdbc.update("""
                INSERT INTO case_alert_claim (alert_id, case_id, reference) VALUES (?, ?, ?)
                ON CONFLICT (alert_id) DO NOTHING""", alertId, caseId, reference);
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT case_id, reference FROM case_alert_claim WHERE alert_id = ?",
                (rs, n) -> new AlertHolder(rs.getString(1), rs.getString(2)), alertId).stream().findFirst();
    }
}
