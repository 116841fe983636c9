package org.glassbox.ui.admin;

import java.util.List;

import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.layout.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Rebuilds the read models from the event store. The replay runs on Axon's processor threads; this
 * view only polls its progress, so the UI never waits on it. The history itself is untouched.
 */
@Route(value = "admin/read-models", layout = MainLayout.class)
@PageTitle("Read models | Glassbox")
@RolesAllowed("ADMIN")
public class ProjectionsView extends VerticalLayout {
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Button rebuild = new Button("Rebuild all read models");
    private final ProjectionRebuild projections;

    public ProjectionsView(ProjectionRebuild projections) {
        this.projections = projections;
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        rebuild.addClickListener(e -> {
            projections.rebuildAll();
            Notification.show("Rebuild started: the case views are being replayed from the event store");
            showProgress();
        });
        add(new H2("Read models"),
                new Paragraph("The case list, case pages and timelines are read models built from the event store. "
                        + "A rebuild empties them and replays every event; the events themselves are never changed. "
                        + "While it runs, lists may show fewer cases."),
                rebuild, progress, status);
        showProgress();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(500);
        attach.getUI().addPollListener(e -> showProgress());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
    }

    void showProgress() {
        List<ProjectionRebuild.Progress> all = projections.progress();
        double fraction = all.stream().mapToDouble(ProjectionRebuild.Progress::fraction).min().orElse(1);
        boolean caughtUp = all.stream().allMatch(ProjectionRebuild.Progress::caughtUp);
        progress.setValue(fraction);
        status.setText(all.stream().map(p -> p.processingGroup() + ": event " + p.position() + " of " + p.head()
                + (p.caughtUp() ? "" : " (replaying)")).reduce((a, b) -> a + "; " + b).orElse("no read models")
                + (caughtUp ? " - up to date" : ""));
    }
}
