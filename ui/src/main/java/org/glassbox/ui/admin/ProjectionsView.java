package org.glassbox.ui.admin;

import java.util.List;

import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.disclosure.ConfiguredPublicAddress;
import org.glassbox.ui.layout.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
    final VerticalLayout processors = new VerticalLayout();
    final Span status = new Span();
    final Button rebuild = new Button("Rebuild all read models");
    final Paragraph publicAddress = new Paragraph();
    private final ProjectionRebuild projections;

    public ProjectionsView(ProjectionRebuild projections, ConfiguredPublicAddress address) {
        this.projections = projections;
        processors.setPadding(false);
        processors.setId("processors");
        status.setId("rebuild-status");
        publicAddress.setId("public-address");
        publicAddress.setText(address.describe());
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
                rebuild, status, processors, new H3("Public registry"),
                new Paragraph("Every published notice prints this address as its verification link and QR code, "
                        + "for good."), publicAddress);
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

    /** One bar per read model, so a slow one shows as slow. */
    void showProgress() {
        List<ProjectionRebuild.Progress> all = projections.progress();
        boolean caughtUp = all.stream().allMatch(ProjectionRebuild.Progress::caughtUp);
        status.setText(all.isEmpty() ? "No read models." : caughtUp ? "All read models are up to date."
                : "Replaying the event store...");
        processors.removeAll();
        for (ProjectionRebuild.Progress p : all) {
            ProgressBar bar = new ProgressBar(0, 1, p.fraction());
            bar.setId("progress-" + p.processingGroup());
            Span label = new Span(name(p.processingGroup()) + ": " + (p.caughtUp() ? "up to date, "
                    : "replaying, ") + "event " + p.position() + " of " + p.head());
            VerticalLayout row = new VerticalLayout(label, bar);
            row.setPadding(false);
            row.setSpacing(false);
            row.setMaxWidth("40em");
            processors.add(row);
        }
    }

    /** "case-views" as a person says it: "Case views". */
    static String name(String processingGroup) {
        String words = processingGroup.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
