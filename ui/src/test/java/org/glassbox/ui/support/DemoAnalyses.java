package org.glassbox.ui.support;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks (and tests that count disk writes or stored files) run on the demo data, whose analyses replay millions of order events in the background
 * for the first minutes after start: measured meanwhile, every figure lost a core to them.
 */
public final class DemoAnalyses {
    private DemoAnalyses() {
    }

    public static void awaitFinished(JdbcTemplate jdbc) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (jdbc.queryForObject("SELECT count(*) FROM analysis_run WHERE status IN ('QUEUED', 'RUNNING')",
                Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The demo's analyses did not finish within 15 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }
}
