package org.glassbox.ui.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.audit.CaseStateAsOf;
import org.glassbox.api.audit.CaseStateAsOf.HistoryEntry;
import org.glassbox.api.audit.FindCaseStateAsOf;
import org.glassbox.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Plays a case's history for an auditor: every event with who did it, and beside it the case as it
 * stood after the selected event, rebuilt from the event store (not from the screens' read models).
 * Step buttons move one event; the date-time picker jumps to "as of".
 */
@Route(value = "audit/cases/:caseId", layout = MainLayout.class)
@PageTitle("Replay | Glassbox")
@RolesAllowed("AUDITOR")
public class CaseReplayView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Grid<HistoryEntry> events = new Grid<>(HistoryEntry.class, false);
    final Button previous = new Button("Previous event");
    final Button next = new Button("Next event");
    final DateTimePicker asOf = new DateTimePicker("As of (UTC)");
    final Span position = new Span();
    final FormLayout state = new FormLayout();
    final Pre payload = new Pre();
    private final QueryGateway queries;
    private String caseId;
    CaseStateAsOf shown;

    public CaseReplayView(QueryGateway queries) {
        this.queries = queries;
        events.addColumn(HistoryEntry::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> TIME.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(HistoryEntry::type).setHeader("Event").setAutoWidth(true);
        events.addColumn(e -> e.actor() == null ? "system" : e.actor() + " (" + e.roles() + ")").setHeader("Who")
                .setAutoWidth(true);
        events.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Reason");
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        events.setHeight("28em");
        events.addItemClickListener(e -> show(null, e.getItem().number()));
        previous.setId("previous-event");
        next.setId("next-event");
        previous.addClickListener(e -> step(-1));
        next.addClickListener(e -> step(1));
        asOf.setStep(java.time.Duration.ofSeconds(1));
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().toInstant(ZoneOffset.UTC), null);
            }
        });
        payload.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all")
                .set("font-size", "var(--lumo-font-size-xs)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get("caseId").orElse("");
        removeAll();
        if (!show(null, null)) {
            add(new H2("No such case"), new Paragraph("There is no case with id " + caseId + "."));
            return;
        }
        HorizontalLayout controls = new HorizontalLayout(previous, next, asOf, position);
        controls.setAlignItems(Alignment.BASELINE);
        VerticalLayout right = new VerticalLayout(new H3("The case after this event"), state, new H3("The event"),
                payload);
        right.setPadding(false);
        events.setWidth("50%");
        right.setWidth("50%");
        HorizontalLayout body = new HorizontalLayout(events, right);
        body.setWidthFull();
        add(new H2("Replay of " + shown.reference()), controls, body);
    }

    private void step(int by) {
        int target = Math.max(1, Math.min(shown.eventsInHistory(), shown.eventsApplied() + by));
        show(null, target);
    }

    /** Shows the state after the event number given, or as of the instant; answers whether the case exists. */
    boolean show(java.time.Instant instant, Integer number) {
        Optional<CaseStateAsOf> found = queries.query(new FindCaseStateAsOf(caseId, instant, number),
                ResponseTypes.optionalInstanceOf(CaseStateAsOf.class)).join();
        if (found.isEmpty()) {
            return false;
        }
        shown = found.get();
        events.setItems(shown.history());
        if (shown.lastEvent() != null) {
            events.select(shown.lastEvent());
            asOf.setValue(LocalDateTime.ofInstant(shown.lastEvent().at(), ZoneOffset.UTC));
            payload.setText((shown.lastEvent().reason() == null ? "" : "Reason: " + shown.lastEvent().reason() + "\n\n")
                    + shown.lastEvent().payload());
        }
        position.setText("Event " + shown.eventsApplied() + " of " + shown.eventsInHistory());
        previous.setEnabled(shown.eventsApplied() > 1);
        next.setEnabled(shown.eventsApplied() < shown.eventsInHistory());
        state.removeAll();
        state.addFormItem(new Span(String.valueOf(shown.status())), "Status");
        state.addFormItem(new Span(shown.assignee() == null ? "nobody" : shown.assignee()), "Assignee");
        state.addFormItem(new Span(String.valueOf(shown.severity())), "Severity");
        state.addFormItem(new Span(shown.allegations().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "))), "Allegations");
        state.addFormItem(new Span(items(shown.evidence())), "Evidence");
        state.addFormItem(new Span(items(shown.freezes())), "Freezes");
        state.addFormItem(new Span(items(shown.disclosures())), "Notices");
        return true;
    }

    private static String items(java.util.List<CaseStateAsOf.Item> items) {
        return items.isEmpty() ? "none" : items.stream().map(i -> i.title() + " (" + i.state() + ")")
                .collect(Collectors.joining("; "));
    }
}
