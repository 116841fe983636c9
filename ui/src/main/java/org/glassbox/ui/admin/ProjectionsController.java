package org.glassbox.ui.admin;

import java.util.List;

import org.glassbox.query.projections.ProjectionRebuild;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: rebuild the read models from the event store, and follow the replay's progress. */
@RestController
@RequestMapping("/api/v1/admin/read-models")
class ProjectionsController {
    private final ProjectionRebuild projections;

    ProjectionsController(ProjectionRebuild projections) {
        this.projections = projections;
    }

    @GetMapping
    List<ProjectionRebuild.Progress> progress() {
        return projections.progress();
    }

    /** Starts the rebuild and answers at once (202); GET shows how far the replay has come. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<ProjectionRebuild.Progress> rebuild() {
        projections.rebuildAll();
        return projections.progress();
    }
}
