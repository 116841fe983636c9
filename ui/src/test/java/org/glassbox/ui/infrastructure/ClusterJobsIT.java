package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;

/** Recurring jobs run once per period across all nodes on one database, and each run is recorded. */
class ClusterJobsIT extends IntegrationTest {
    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationsRecurringJobsAreScheduledInTheDatabaseNotOnATimerPerNode() {
        List<String> tasks = jdbc.queryForList("SELECT DISTINCT task_name FROM scheduled_tasks", String.class);
        assertThat(tasks).contains("chain-checkpoint", "integrity-verification", "evidence-verification");
    }

    @Test
    void twoNodesOnOneDatabaseRunAJobOncePerPeriodAndNeverAtTheSameTime() throws Exception {
        String task = unique("job");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Runnable job = () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        };
        Scheduler[] nodes = new Scheduler[2];
        for (int i = 0; i < nodes.length; i++) {
            String node = "node-" + (char) ('a' + i);
            var recurring = ClusterJobs.every(task, Duration.ZERO, Duration.ofMillis(700), jdbc, Clock.systemUTC(),
                    node, job);
            nodes[i] = Scheduler.create(dataSource, List.of()).startTasks(List.of(recurring)).threads(2)
                    .pollingInterval(Duration.ofMillis(100)).schedulerName(new SchedulerName.Fixed(node)).build();
        }
        try {
            for (Scheduler node : nodes) {
                node.start();
            }
            Thread.sleep(6000);
        } finally {
            for (Scheduler node : nodes) {
                node.stop();
            }
        }
        List<Map<String, Object>> runs = jdbc.queryForList("SELECT node, started_at, finished_at, outcome"
                + " FROM scheduled_run WHERE task = ? ORDER BY started_at", task);
        // 6 s at one run of 0.3 s, then 0.7 s pause: about six runs, never two at once, on either node.
        assertThat(runs).hasSizeBetween(4, 8);
        assertThat(overlaps).hasValue(0);
        for (int i = 1; i < runs.size(); i++) {
            Timestamp previousEnd = (Timestamp) runs.get(i - 1).get("finished_at");
            Timestamp start = (Timestamp) runs.get(i).get("started_at");
            if (previousEnd != null) {
                assertThat(start).as("run " + i + " starts after the one before ended").isAfterOrEqualTo(previousEnd);
            }
        }
        System.out.printf("Two nodes, one job every 0.7 s after a 0.3 s run, 6 s: %d runs (%s), overlaps %d%n",
                runs.size(), runs.stream().map(r -> (String) r.get("node")).toList(), overlaps.get());
    }
}
