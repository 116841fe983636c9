package org.glassbox.command.analysis;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Progress in table {@code analysis_progress} (Flyway V14), one row a run, overwritten at each step:
 * transient, not history (the run's events are the history), and visible from every node.
 */
@Component
public class JdbcAnalysisProgress implements AnalysisProgress {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcAnalysisProgress(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void report(String runId, int done, int total, String step) {
        jdbc.update("INSERT INTO analysis_progress (run_id, done, total, step, updated_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (run_id) DO UPDATE SET done = excluded.done, total = excluded.total,"
                + " step = excluded.step, updated_at = excluded.updated_at", runId, done, total, step,
                Timestamp.from(clock.instant()));
    }

    @Override
    public void clear(String runId) {
        jdbc.update("DELETE FROM analysis_progress WHERE run_id = ?", runId);
    }
}
