package org.glassbox.ui.infrastructure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/**
 * Recurring jobs that run once per period across every node on the database: db-scheduler tasks on
 * the deadline scheduler's table (one node picks each execution, under a row lock), not a timer per
 * node. Each run is recorded in scheduled_run with the node that ran it.
 */
public final class ClusterJobs {
    private ClusterJobs() {
    }

    /** The job {@code name}, first {@code first} after the cluster first starts, then {@code every} after each run. */
    public static RecurringTask<Void> every(String name, Duration first, Duration every, JdbcTemplate jdbc, Clock clock,
            String node, Runnable job) {
        return Tasks.recurring(name, new AfterEachRun(first, every)).execute((instance, context) -> {
            Long run = jdbc.queryForObject("INSERT INTO scheduled_run (task, node, started_at) VALUES (?, ?, ?)"
                    + " RETURNING id", Long.class, name, node, Timestamp.from(clock.instant()));
            try {
                job.run();
                jdbc.update("UPDATE scheduled_run SET finished_at = ?, outcome = 'DONE' WHERE id = ?",
                        Timestamp.from(clock.instant()), run);
            } catch (RuntimeException e) {
                String detail = String.valueOf(e.getMessage());
                jdbc.update("UPDATE scheduled_run SET finished_at = ?, outcome = 'FAILED', detail = ? WHERE id = ?",
                        Timestamp.from(clock.instant()), detail.length() > 500 ? detail.substring(0, 500) : detail, run);
                throw e;
            }
        });
    }

    /** First run a while after start, then a fixed pause after each run ends. */
    record AfterEachRun(Duration first, Duration every) implements Schedule {
        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now.plus(first);
        }

        @Override
        public Instant getNextExecutionTime(ExecutionComplete complete) {
            return complete.getTimeDone().plus(every);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}
