package org.glassbox.command.disclosure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One counter row per case. The upsert locks the row until the publishing transaction ends, so two
 * notices of a case never share a number and a failed publication gives its number back.
 */
@Component
class JdbcNoticeReferences implements NoticeReferences {
    private final JdbcTemplate jdbc;

    JdbcNoticeReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int next(String caseId) {
        Integer value = jdbc.queryForObject("""
                INSERT INTO notice_reference_counter (case_id, last_value) VALUES (?, 1)
                ON CONFLICT (case_id) DO UPDATE SET last_value = notice_reference_counter.last_value + 1
                RETURNING last_value""", Integer.class, caseId);
        if (value == null) {
            throw new IllegalStateException("the notice counter answered nothing for " + caseId);
        }
        return value;
    }
}
