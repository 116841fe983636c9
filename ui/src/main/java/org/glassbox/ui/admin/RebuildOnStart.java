package org.glassbox.ui.admin;

import org.glassbox.query.projections.ProjectionRebuild;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code --glassbox.projections.rebuild=true}: replay the event store into fresh read models at start. */
@Component
@ConditionalOnProperty(name = "glassbox.projections.rebuild", havingValue = "true")
class RebuildOnStart {
    private final ProjectionRebuild projections;

    RebuildOnStart(ProjectionRebuild projections) {
        this.projections = projections;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        projections.rebuildAll();
    }
}
