package org.glassbox.ui.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.audit.CaseStateAsOf;
import org.glassbox.api.audit.CaseStateAsOf.HistoryEntry;
import org.glassbox.api.audit.FindCaseStateAsOf;
import org.glassbox.query.shared.Words;
import org.glassbox.ui.cases.Badges;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.charts.Chart;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.layout.Problem;
import org.glassbox.ui.web.CaseKeys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Plays a case's history for an auditor: every event in words with who did it, and beside it the case
 * as it stood after the selected event, rebuilt from the event store (not from the screens' read
 * models). Step buttons move one event; the date-time picker jumps to "as of"; the time axis shows
 * the events by the part of the case they touch. The stored event (type and JSON) is one click away.
 */
@Route(value = "audit/cases/:caseId", layout = MainLayout.class)
@PageTitle("Replay | Glassbox")
@RolesAllowed("AUDITOR")
public class CaseReplayView extends VerticalLayout implements BeforeEnterObserver {
    /** The rows of the time axis, top to bottom. */
    static final List<String> AREAS = List.of("Case", "Evidence", "Analysis", "Freeze", "Notice");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Grid<HistoryEntry> events = new Grid<>(HistoryEntry.class, false);
    final Button previous = new Button("Previous event");
    final Button next = new Button("Next event");
    final DateTimePicker asOf = new DateTimePicker("As of (UTC)");
    final Span position = new Span();
    final FormLayout state = new FormLayout();
    final Paragraph described = new Paragraph();
    final Pre payload = new Pre();
    final Details stored = new Details("The event as stored (type and payload)", payload);
    Chart timeAxis;
    private final QueryGateway queries;
    private final CaseKeys keys;
    private String caseId;
    CaseStateAsOf shown;

    public CaseReplayView(QueryGateway queries, CaseKeys keys) {
        this.queries = queries;
        this.keys = keys;
        events.addColumn(HistoryEntry::number).setHeader("#").setWidth("4.5em").setFlexGrow(0);
        events.addColumn(e -> Words.precise(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        events.addComponentColumn(CaseReplayView::whatHappened).setHeader("What happened").setFlexGrow(1);
        events.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        events.setHeight("32em");
        events.addItemClickListener(e -> show(null, e.getItem().number()));
        previous.setId("previous-event");
        next.setId("next-event");
        previous.addClickListener(e -> step(-1));
        next.addClickListener(e -> step(1));
        asOf.setStep(java.time.Duration.ofSeconds(1));
        // The way the rest of Glassbox writes times (2026-03-01 14:05), whatever the browser's locale.
        asOf.setLocale(Locale.UK);
        asOf.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().toInstant(ZoneOffset.UTC), null);
            }
        });
        described.setId("event-described");
        payload.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all")
                .set("font-size", "var(--lumo-font-size-xs)");
        stored.setId("event-stored");
    }

    private static Div whatHappened(HistoryEntry e) {
        Span area = new Span(e.area());
        area.addClassNames("gb-badge", "gb-area");
        Div what = new Div(area, new Span(" " + e.description()));
        if (e.reason() != null) {
            Div reason = new Div("Reason: " + e.reason());
            reason.addClassName("gb-timeline-reason");
            what.add(reason);
        }
        return what;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getRouteParameters().get("caseId").orElse("");
        removeAll();
        caseId = keys.idOf(asked).orElse(null);
        if (caseId == null || !show(null, null)) {
            add(Problem.noSuchCase(asked));
            return;
        }
        if (!asked.equals(shown.reference())) {
            event.forwardTo(CaseReplayView.class, new RouteParameters("caseId", shown.reference()));
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle("Replay of " + shown.reference() + " | Glassbox"));
        RouterLink back = new RouterLink("Open the case as it is now", CaseDetailView.class,
                new RouteParameters("caseId", shown.reference()));
        back.setId("open-case");
        HorizontalLayout controls = new HorizontalLayout(previous, next, asOf, position);
        controls.setAlignItems(Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        timeAxis = new Chart("replay-time-axis", "replay-" + shown.reference(), timeAxisOption(shown.history()));
        timeAxis.canvas.setHeight("14em");
        VerticalLayout right = new VerticalLayout(new H3("The case after this event"), state, new H3("The event"),
                described, stored);
        right.setPadding(false);
        right.setMinWidth("22em");
        events.setMinWidth("28em");
        FlexLayout body = new FlexLayout(events, right);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setFlexGrow(3, events);
        body.setFlexGrow(2, right);
        body.getStyle().set("gap", "var(--lumo-space-l)");
        body.setWidthFull();
        add(new H2("Replay of " + shown.reference()), back, new H3("The events over time"), timeAxis, controls, body);
    }

    private void step(int by) {
        int target = Math.max(1, Math.min(shown.eventsInHistory(), shown.eventsApplied() + by));
        show(null, target);
    }

    /** Shows the state after the event number given, or as of the instant; answers whether the case exists. */
    boolean show(Instant instant, Integer number) {
        Optional<CaseStateAsOf> found = queries.query(new FindCaseStateAsOf(caseId, instant, number),
                ResponseTypes.optionalInstanceOf(CaseStateAsOf.class)).join();
        if (found.isEmpty()) {
            return false;
        }
        shown = found.get();
        events.setItems(shown.history());
        HistoryEntry last = shown.lastEvent();
        if (last != null) {
            events.select(last);
            asOf.setValue(LocalDateTime.ofInstant(last.at(), ZoneOffset.UTC));
            described.setText(Words.precise(last.at()) + ": " + last.description() + "."
                    + (last.reason() == null ? "" : " Reason: " + last.reason()));
            payload.setText("Type: " + last.type() + "\n\n" + pretty(last.payload()));
        } else {
            described.setText("Nothing had happened to the case yet at this moment.");
            payload.setText("");
        }
        position.setText("Event " + shown.eventsApplied() + " of " + shown.eventsInHistory());
        position.setId("replay-position");
        previous.setEnabled(shown.eventsApplied() > 1);
        next.setEnabled(shown.eventsApplied() < shown.eventsInHistory());
        state.removeAll();
        state.addFormItem(shown.status() == null ? new Span("not flagged yet") : Badges.of(shown.status()), "Status");
        state.addFormItem(new Span(shown.assignee() == null ? "Unassigned" : shown.assignee()), "Assignee");
        state.addFormItem(shown.severity() == null ? new Span() : Badges.of(shown.severity()), "Severity");
        Div allegations = new Div();
        shown.allegations().forEach((behaviour, status) -> allegations.add(new Div(
                new Span(Badges.words(behaviour) + ": "), Badges.of(status))));
        state.addFormItem(allegations, "Allegations");
        state.addFormItem(new Span(items(shown.evidence())), "Evidence");
        state.addFormItem(new Span(items(shown.freezes())), "Freezes");
        state.addFormItem(new Span(items(shown.disclosures())), "Notices");
        return true;
    }

    private static String pretty(String json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (java.io.IOException notJson) {
            return json;
        }
    }

    /** Items with their state in the words the feature's own screens use ("Executed", "Published, superseded"). */
    private static String items(List<CaseStateAsOf.Item> items) {
        return items.isEmpty() ? "None" : items.stream().map(i -> i.title() + " (" + stateWords(i.state()) + ")")
                .collect(Collectors.joining("; "));
    }

    static String stateWords(String codes) {
        String words = codes.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An ECharts scatter: time across, the part of the case down, one dot per event, its words on hover. */
    static String timeAxisOption(List<HistoryEntry> history) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("tooltip").put("trigger", "item");
        o.putObject("grid").put("left", 90).put("right", 30).put("top", 10).put("bottom", 40);
        ObjectNode x = o.putObject("xAxis").put("type", "time");
        x.putObject("axisLabel").put("hideOverlap", true);
        ObjectNode y = o.putObject("yAxis").put("type", "category").put("inverse", true);
        AREAS.forEach(y.putArray("data")::add);
        ArrayNode series = o.putArray("series");
        for (String area : AREAS) {
            ObjectNode s = series.addObject().put("type", "scatter").put("name", area).put("symbolSize", 12);
            ArrayNode data = s.putArray("data");
            history.stream().filter(e -> e.area().equals(area)).forEach(e -> data.addObject()
                    .put("name", "#" + e.number() + " " + Words.precise(e.at()) + ": " + e.description())
                    .putArray("value").add(e.at().toEpochMilli()).add(area));
        }
        return o.toString();
    }
}
