package org.glassbox.command.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One counter row per year. The upsert locks the row until the command's transaction ends, which
 * serialises concurrent flaggings of a year and rolls the number back with a rejected one.
 */
@Component
class JdbcCaseReferences implements CaseReferences {
    private final JdbcTemplate jdbc;

    JdbcCaseReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(int year) {
        Long value = jdbc.queryForObject("""
                INSERT INTO case_reference_counter (year, last_value) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = case_reference_counter.last_value + 1
                RETURNING last_value""", Long.class, year);
        if (value == null) {
            throw new IllegalStateException("the reference counter answered nothing for " + year);
        }
        return value;
    }
}
