package org.glassbox.ui.evidence;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.evidence.OrphanSweep;
import org.glassbox.ui.infrastructure.ClusterJobs;
import org.glassbox.ui.infrastructure.NodeName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * ADMIN: bytes in the evidence store that no event refers to (an upload whose submission was never
 * recorded, a write cut short). The sweep runs once a day across the cluster and removes what is older
 * than the grace period ({@code glassbox.evidence.orphan-grace}, a day); an admin may look, or sweep now.
 */
@RestController
class OrphanBlobsController {
    private final OrphanSweep sweep;

    OrphanBlobsController(OrphanSweep sweep) {
        this.sweep = sweep;
    }

    @Bean
    static OrphanSweep orphanSweep(BlobStore store, JdbcTemplate jdbc, Clock clock,
            @Value("${glassbox.evidence.orphan-grace:P1D}") Duration grace) {
        return new OrphanSweep(store, jdbc, clock, grace);
    }

    @Bean
    static RecurringTask<Void> orphanSweepTask(OrphanSweep sweep, JdbcTemplate jdbc, Clock clock, NodeName node,
            @Value("${glassbox.evidence.sweep-every:P1D}") Duration every) {
        return ClusterJobs.every("evidence-orphan-sweep", every, every, jdbc, clock, node.value(), () -> {
            try {
                sweep.sweep();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** What the store holds that no event refers to; changes nothing. */
    @GetMapping("/api/v1/admin/evidence/orphans")
    OrphanSweep.Report orphans() throws IOException {
        return sweep.scan();
    }

    /** Removes the orphans older than the grace period now, rather than at the next daily sweep. */
    @PostMapping("/api/v1/admin/evidence/orphans/sweep")
    OrphanSweep.Report sweepNow() throws IOException {
        return sweep.sweep();
    }
}
