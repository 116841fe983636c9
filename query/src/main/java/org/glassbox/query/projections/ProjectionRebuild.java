package org.glassbox.query.projections;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.glassbox.query.audit.ChainCheckpointProjection;
import org.glassbox.query.cases.CaseViews;
import org.glassbox.query.disclosure.DisclosureViews;
import org.glassbox.query.evidence.EvidenceViews;
import org.glassbox.query.freeze.FreezeViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds read models from the event store: stops a processing group, resets its tokens (its reset
 * handlers empty its tables) and starts it again, so it replays every event from the first. The
 * history itself is never touched.
 */
@Component
public class ProjectionRebuild {
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    /** Every processing group that feeds a read model, rebuilt together by {@link #rebuildAll()}. */
    public static final List<String> PROCESSING_GROUPS =
            List.of(CaseViews.PROCESSING_GROUP, EvidenceViews.PROCESSING_GROUP, FreezeViews.PROCESSING_GROUP,
                    DisclosureViews.PROCESSING_GROUP, ChainCheckpointProjection.PROCESSING_GROUP,
                    org.glassbox.query.analysis.AnalysisViews.PROCESSING_GROUP);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ReentrantLock lock = new ReentrantLock();

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public void rebuildAll() {
        if (!lock.tryLock()) {
            throw new IllegalStateException("A rebuild is already being started");
        }
        try {
            for (String group : PROCESSING_GROUPS) {
                StreamingEventProcessor processor = processor(group);
                log.info("Rebuilding read models of '{}' from the event store", group);
                processor.shutDown();
                processor.resetTokens();
                processor.start();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How far every processing group has come, against the head of the event store. */
    public List<Progress> progress() {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        return PROCESSING_GROUPS.stream().map(group -> {
            Map<Integer, EventTrackerStatus> status = processor(group).processingStatus();
            boolean replaying = status.values().stream().anyMatch(EventTrackerStatus::isReplaying);
            long position = status.values().stream()
                    .mapToLong(s -> s.getCurrentPosition().orElse(0L)).min().orElse(0L);
            return new Progress(group, replaying, status.isEmpty() ? 0 : position, headPosition);
        }).toList();
    }

    /**
     * True once every group has reached the head of the store. Not "no longer replaying": Axon keeps
     * a replay token until the first event after the reset point, however long that takes.
     */
    public boolean caughtUp() {
        return progress().stream().allMatch(Progress::caughtUp);
    }

    private StreamingEventProcessor processor(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor for '" + group + "'"));
    }

    /** Where one processing group stands: its lowest segment position and the store's head. */
    public record Progress(String processingGroup, boolean replaying, long position, long head) {
        public boolean caughtUp() {
            return position >= head;
        }

        public double fraction() {
            return head <= 0 ? 1.0 : Math.min(1.0, (double) position / head);
        }
    }
}
