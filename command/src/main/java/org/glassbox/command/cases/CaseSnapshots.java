package org.glassbox.command.cases;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A case lives for years and gains an event with every note, so loading it for a command would replay
 * its whole history: every {@code glassbox.cases.snapshot-every} events its state is stored as a
 * snapshot, and a command replays only what came after. A snapshot of another shape (an older
 * {@link InvestigationCase#SNAPSHOT_REVISION}) is passed over, and the case is replayed from its events.
 */
@Configuration(proxyBeanMethods = false)
class CaseSnapshots {

    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
            @Value("${glassbox.cases.snapshot-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /**
     * By the aggregate type as stored with the snapshot (the class's simple name): the builder's
     * {@code type(Class)} takes the full class name, matches no stored snapshot and so lets every one through.
     */
    @Bean
    SnapshotFilter caseSnapshotFilter() {
        return RevisionSnapshotFilter.builder().type(InvestigationCase.class.getSimpleName())
                .revision(InvestigationCase.SNAPSHOT_REVISION).build();
    }
}
