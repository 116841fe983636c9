package org.glassbox.ui.cases;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.Allegation;
import org.glassbox.api.cases.AllegationStatus;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.RejectClosure;
import org.glassbox.api.cases.ReopenCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.cases.TimelineEntry;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.disclosure.DisclosureService;
import org.glassbox.ui.disclosure.DisclosureTab;
import org.glassbox.ui.evidence.EvidenceTab;
import org.glassbox.ui.freeze.FreezeService;
import org.glassbox.ui.freeze.FreezeTab;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.layout.Problem;
import org.glassbox.ui.web.CaseKeys;
import org.glassbox.ui.security.CurrentActor;
import org.glassbox.templates.catalogue.CaseTypeCatalogue;
import org.glassbox.ui.security.StaffAccounts;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** One case: its facts, allegations, the actions this user may take now, and its full timeline. */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@PageTitle("Case | Glassbox")
@RolesAllowed({"INVESTIGATOR", "SUPERVISOR", "COMMUNICATIONS", "AUDITOR"})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final CaseService cases;
    private final CaseKeys keys;
    private final StaffAccounts staff;
    private final CaseTypeCatalogue catalogue;
    private final EvidenceService evidence;
    private final java.time.Clock clock;
    TabSheet tabs;
    EvidenceTab evidenceTab;
    FreezeTab freezeTab;
    DisclosureTab disclosureTab;
    org.glassbox.ui.analysis.AnalysesTab analysesTab;
    private final org.glassbox.ui.analysis.AnalysisService analyses;
    private final FreezeService freezes;
    private final DisclosureService disclosures;
    private final Actor actor;
    final HorizontalLayout actions = new HorizontalLayout();
    static final int TIMELINE_PAGE = 50;
    final Grid<TimelineEntry> timeline = new Grid<>(TimelineEntry.class, false);
    CaseDetail detail;
    ClosableDialog openDialog;
    private String openTab;

    public CaseDetailView(CaseService cases, StaffAccounts staff, CaseTypeCatalogue catalogue,
            EvidenceService evidence, FreezeService freezes, DisclosureService disclosures,
            org.glassbox.ui.analysis.AnalysisService analyses, java.time.Clock clock, CaseKeys keys) {
        this.cases = cases;
        this.keys = keys;
        this.analyses = analyses;
        this.freezes = freezes;
        this.disclosures = disclosures;
        this.staff = staff;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.clock = clock;
        this.actor = CurrentActor.require();
        timeline.addColumn(e -> TIME.format(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> e.actor() == null ? "system"
                : e.actor() + (e.actorRoles() == null ? "" : " (" + e.actorRoles().toLowerCase() + ")"))
                .setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        timeline.addComponentColumn(e -> {
            Div what = new Div(new Span(e.description()));
            if (e.reason() != null) {
                Div reason = new Div("Reason: " + e.reason());
                reason.addClassName("gb-timeline-reason");
                what.add(reason);
            }
            return what;
        }).setHeader("What happened");
        timeline.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        timeline.setPageSize(TIMELINE_PAGE);
        timeline.setId("timeline");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String asked = event.getRouteParameters().get("caseId").orElse("");
        try {
            Optional<CaseDetail> found = keys.idOf(asked).flatMap(id -> cases.detail(actor, id));
            if (found.isEmpty()) {
                show(Problem.noSuchCase(asked));
                return;
            }
            if (!asked.equals(found.get().reference())) {
                // An old link by id: the address bar shows the reference people use.
                event.forwardTo("cases/" + found.get().reference(), event.getLocation().getQueryParameters());
                return;
            }
            // A link may open the case on one of its tabs: /cases/GBX-2026-000003?tab=notices.
            openTab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
            render(found.get());
        } catch (AccessDeniedException denied) {
            show(new Problem("Not available to your role yet", denied.getMessage() + "."));
        }
    }

    private void show(Component... components) {
        removeAll();
        add(components);
    }

    /**
     * A short timeline shows whole; a long one (a case of years has thousands of entries) scrolls in a box of
     * its own and reads from the database only the pages scrolled to.
     */
    private void showTimeline(String caseId) {
        // Counted once per render: the page renders again after every change it makes.
        int entries = (int) Math.min(Integer.MAX_VALUE, cases.timelineSize(actor, caseId));
        timeline.setItems(query -> cases.timeline(actor, caseId, query.getOffset(), query.getLimit()).stream(),
                query -> entries);
        boolean scrolls = entries > TIMELINE_PAGE;
        timeline.setAllRowsVisible(!scrolls);
        timeline.setHeight(scrolls ? "40em" : null);
    }

    void render(CaseDetail c) {
        detail = c;
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(c.reference() + " | Glassbox"));
        H2 title = new H2(c.reference());
        HorizontalLayout heading = new HorizontalLayout(title, Badges.of(c.status()), Badges.of(c.severity()));
        heading.setAlignItems(Alignment.CENTER);

        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(c.marketMaker().name() + " (" + c.marketMaker().id() + ")"), "Market maker");
        facts.addFormItem(new Span(String.join(", ", c.symbols())), "Symbols");
        facts.addFormItem(new Span(String.join(", ", c.accounts())), "Accounts");
        facts.addFormItem(new Span(switch (c.source().kind()) {
            case ALERT -> "Surveillance alert " + c.source().alertId();
            case REPORT -> "Report" + (c.source().reportedBy() == null ? "" : " by " + c.source().reportedBy());
            case MANUAL -> "Manual";
        }), "Source");
        facts.addFormItem(new Span((c.flaggedBy() == null ? "" : c.flaggedBy() + ", ") + TIME.format(c.flaggedAt())),
                "Flagged");
        facts.addFormItem(new Span(c.assignee() != null ? c.assignee()
                : "Nobody yet: a supervisor assigns the case to an investigator"), "Assignee");
        if (c.pendingClosure() != null) {
            facts.addFormItem(new Span(Badges.words(c.pendingClosure().outcome()) + ", proposed by "
                    + c.pendingClosure().proposedBy() + ": " + c.pendingClosure().reason()), "Closure proposed");
        }
        if (c.outcome() != null) {
            facts.addFormItem(new Span(Badges.words(c.outcome()) + ", " + TIME.format(c.closedAt())), "Closed");
        }
        Paragraph summary = new Paragraph(c.summary());

        VerticalLayout allegations = new VerticalLayout();
        allegations.setPadding(false);
        allegations.setSpacing(false);
        for (Allegation a : c.allegations()) {
            Div row = new Div(new Span(Badges.words(a.behaviour()) + ": "), Badges.of(a.status()));
            if (a.reason() != null) {
                Span why = new Span(" " + a.reason() + (a.decidedBy() == null ? "" : " (" + a.decidedBy() + ")"));
                why.addClassName("gb-muted");
                row.add(why);
            }
            allegations.add(row);
            CaseTypeCatalogue.BehaviourType type = catalogue.of(a.behaviour());
            if (type != null) {
                UnorderedList needs = new UnorderedList();
                type.evidence().forEach(e -> needs.add(new ListItem(Badges.words(e.kind()) + ": " + e.need())));
                Details evidence = new Details("Evidence needed", needs);
                evidence.addClassName("gb-muted");
                allegations.add(evidence);
            }
        }

        actions.removeAll();
        for (CaseAction action : CaseActions.available(actor, c)) {
            Button button = new Button(action.label, e -> openDialog(action));
            button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
            if (action == CaseAction.APPROVE_CLOSURE || action == CaseAction.START_INVESTIGATION) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        FlexLayout actionBar = new FlexLayout(actions);
        actions.getStyle().set("flex-wrap", "wrap");

        showTimeline(c.caseId());
        VerticalLayout overview = new VerticalLayout(summary, facts, new H3("Allegations"), allegations, actionBar,
                new H3("Timeline"), timeline);
        overview.setPadding(false);
        int selected = tabs == null ? 0 : tabs.getSelectedIndex();
        evidenceTab = new EvidenceTab(evidence, catalogue, actor, c, clock);
        tabs = new TabSheet();
        tabs.add("Case", overview);
        tabs.add("Evidence", evidenceTab);
        // Freezes are internal measures: communications staff do not see them.
        if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            freezeTab = new FreezeTab(freezes, actor, c, clock);
            tabs.add("Freezes", freezeTab);
        }
        if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            analysesTab = new org.glassbox.ui.analysis.AnalysesTab(analyses, evidence, actor, c);
            tabs.add("Analyses", analysesTab);
        }
        disclosureTab = new DisclosureTab(disclosures, actor, c);
        tabs.add("Notices", disclosureTab);
        tabs.setSelectedIndex(selected);
        if (openTab != null) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getTabAt(i).getLabel().equalsIgnoreCase(openTab)) {
                    tabs.setSelectedIndex(i);
                }
            }
            openTab = null;
        }
        tabs.setWidthFull();
        add(heading, tabs);
        if (actor.has(Role.AUDITOR)) {
            RouterLink replay = new RouterLink("Replay this case's history, event by event",
                    org.glassbox.ui.audit.CaseReplayView.class, new RouteParameters("caseId", c.reference()));
            replay.setId("replay-case");
            add(replay);
        }
    }

    void openDialog(CaseAction action) {
        ClosableDialog dialog = new ClosableDialog(action.label + " - " + detail.reference());
        dialog.setWidth("36em");
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        TextArea reason = new TextArea("Reason");
        reason.setWidthFull();
        reason.setMaxLength(Limits.REASON);
        String id = detail.caseId();
        Supplier<Object> command;
        switch (action) {
            case ASSIGN -> {
                ComboBox<String> who = new ComboBox<>("Investigator", staff.usernamesWith(Role.INVESTIGATOR));
                who.setValue(detail.assignee());
                dialog.add(who);
                command = () -> new AssignCase(id, who.getValue());
            }
            case START_INVESTIGATION -> {
                dialog.add(new Paragraph("Start working on this case now?"));
                command = () -> new StartInvestigation(id);
            }
            case ADD_NOTE -> {
                TextArea text = new TextArea("Note");
                text.setWidthFull();
                text.setMaxLength(Limits.NOTE);
                dialog.add(text);
                command = () -> new AddCaseNote(id, text.getValue());
            }
            case CHANGE_SEVERITY -> {
                Select<Severity> to = select("Severity", List.of(Severity.values()));
                dialog.add(new VerticalLayout(to, reason));
                command = () -> new ChangeSeverity(id, to.getValue(), reason.getValue());
            }
            case SUBSTANTIATE_ALLEGATION, DISMISS_ALLEGATION -> {
                AllegationStatus target = action == CaseAction.SUBSTANTIATE_ALLEGATION
                        ? AllegationStatus.SUBSTANTIATED : AllegationStatus.DISMISSED;
                Select<Behaviour> which = select("Allegation", detail.allegations().stream()
                        .filter(a -> a.status() != target).map(Allegation::behaviour).toList());
                reason.setLabel("Reasoning");
                dialog.add(new VerticalLayout(which, reason));
                command = () -> target == AllegationStatus.SUBSTANTIATED
                        ? new SubstantiateAllegation(id, which.getValue(), reason.getValue())
                        : new DismissAllegation(id, which.getValue(), reason.getValue());
            }
            case PROPOSE_CLOSURE -> {
                Select<ClosureOutcome> outcome = select("Outcome", List.of(ClosureOutcome.values()));
                reason.setLabel("Reasoning");
                dialog.add(new VerticalLayout(outcome, reason));
                command = () -> new ProposeClosure(id, outcome.getValue(), reason.getValue());
            }
            case APPROVE_CLOSURE -> {
                reason.setLabel("Comment (optional)");
                dialog.add(new Paragraph("Close the case as " + Badges.words(detail.pendingClosure().outcome())
                        + ", as " + detail.pendingClosure().proposedBy() + " proposed?"), reason);
                command = () -> new ApproveClosure(id, reason.getValue());
            }
            case REJECT_CLOSURE -> {
                dialog.add(reason);
                command = () -> new RejectClosure(id, reason.getValue());
            }
            case REOPEN -> {
                dialog.add(reason);
                command = () -> new ReopenCase(id, reason.getValue());
            }
            default -> throw new IllegalStateException("No dialog for " + action);
        }
        // Every field of these dialogs is required, but the approval's comment: all carry the same marker.
        if (action == CaseAction.APPROVE_CLOSURE) {
            dialog.markRequired(reason);
        } else {
            dialog.markRequired();
        }
        dialog.add(ClosableDialog.consequence(consequence(action)), error);
        Button confirm = new Button(action.label, e -> {
            try {
                cases.send(command.get());
                dialog.close();
                long before = detail.version();
                cases.awaitNewerThan(actor, id, before, 5000).ifPresent(this::render);
                Notification.show(action.label + ": done").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidField invalid) {
                error.setText(fieldLabel(invalid.field()) + " " + invalid.problem());
            } catch (RuleViolation | NotPermitted | AggregateNotFoundException refused) {
                error.setText(refused.getMessage());
            } catch (AccessDeniedException gone) {
                dialog.close();
                show(new Problem("Not available to your role yet", gone.getMessage() + "."));
            }
        });
        confirm.setId("confirm-action");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        openDialog = dialog;
        dialog.open();
    }

    /** What the decision will do, said before it is taken. */
    private String consequence(CaseAction action) {
        return switch (action) {
            case ASSIGN -> "The investigator becomes responsible for the case.";
            case START_INVESTIGATION -> "The case moves to Under investigation, with you as the one who started it.";
            case ADD_NOTE -> "The note goes into the case's timeline for good: notes are never edited or removed.";
            case CHANGE_SEVERITY -> "The case shows the new severity at once; the reason stays in its timeline.";
            case SUBSTANTIATE_ALLEGATION -> "The allegation is marked substantiated; notices and the closure build on it.";
            case DISMISS_ALLEGATION -> "The allegation is marked dismissed; the reasoning stays in the timeline.";
            case PROPOSE_CLOSURE -> "Nothing closes yet: a second supervisor approves or rejects the proposal.";
            case APPROVE_CLOSURE -> "The case closes as " + Badges.words(detail.pendingClosure().outcome()).toLowerCase()
                    + ". It can be reopened later, with a reason.";
            case REJECT_CLOSURE -> "The proposal is turned down and the case goes back under investigation.";
            case REOPEN -> "The case goes back under investigation; the reason stays in its timeline.";
            default -> "";
        };
    }

    private static String fieldLabel(String field) {
        return switch (field) {
            case "investigator" -> "Investigator";
            case "text" -> "Note";
            case "reason" -> "Reason";
            case "severity" -> "Severity";
            case "behaviour" -> "Allegation";
            case "outcome" -> "Outcome";
            default -> field;
        };
    }

    private static <T extends Enum<T>> Select<T> select(String label, List<T> items) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(Badges::words);
        if (items.size() == 1) {
            select.setValue(items.get(0));
        }
        return select;
    }
}
