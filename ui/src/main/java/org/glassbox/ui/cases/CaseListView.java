package org.glassbox.ui.cases;

import java.util.Set;

import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.CaseSummary;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.query.shared.Words;
import org.glassbox.ui.charts.Chart;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** All cases the user may see, filtered, searched and sorted, loaded page by page as the grid scrolls. */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Cases | Glassbox")
@RolesAllowed({"INVESTIGATOR", "SUPERVISOR", "COMMUNICATIONS", "AUDITOR"})
public class CaseListView extends VerticalLayout {

    final TextField search = new TextField();
    final MultiSelectComboBox<CaseStatus> status = new MultiSelectComboBox<>("Status");
    final TextField marketMaker = new TextField("Market maker id");
    final TextField symbol = new TextField("Symbol");
    final ComboBox<Behaviour> behaviour = new ComboBox<>("Allegation");
    final TextField assignee = new TextField("Assignee");
    final Select<CaseSort> sort = new Select<>();
    final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    final Span count = new Span();
    final Div overview = new Div();
    Chart counts;
    private final ConfigurableFilterDataProvider<CaseSummary, Void, CaseFilter> data;
    private final CaseService cases;
    private final Actor actor;

    public CaseListView(CaseService cases) {
        this.cases = cases;
        this.actor = CurrentActor.require();
        setSizeFull();

        H2 title = new H2("Cases");
        HorizontalLayout header = new HorizontalLayout(title, count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        count.addClassName("gb-muted");
        if (actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR)) {
            Button flag = new Button("Flag a case", e -> getUI().ifPresent(ui -> ui.navigate(FlagCaseView.class)));
            flag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(flag);
        }
        if (!CaseVisibility.seesAll(actor)) {
            header.add(new Span("Communications staff see closed cases only."));
        }

        search.setPlaceholder("Search reference, market maker, summary");
        search.setLabel("Search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(Badges::words);
        behaviour.setItems(Behaviour.values());
        behaviour.setItemLabelGenerator(Badges::words);
        behaviour.setClearButtonVisible(true);
        for (TextField f : new TextField[] {marketMaker, symbol, assignee}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setWidth("10em");
        }
        sort.setLabel("Sort");
        sort.setItems(CaseSort.values());
        sort.setItemLabelGenerator(Badges::words);
        sort.setValue(CaseSort.NEWEST_FIRST);
        FlexLayout filters = new FlexLayout(search, status, marketMaker, symbol, behaviour, assignee, sort);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        // Sized to fit a 1280-pixel screen with the menu open: what belongs together shares a cell (the
        // reference and when it was flagged, the status and the severity), long values wrap.
        grid.addComponentColumn(CaseListView::referenceCell).setHeader("Reference, flagged").setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(c -> stacked(Badges.of(c.status()), Badges.of(c.severity())))
                .setHeader("Status, severity").setWidth("11.5em").setFlexGrow(0);
        grid.addComponentColumn(this::marketMakerCell).setHeader("Market maker").setWidth("9em").setFlexGrow(2);
        grid.addComponentColumn(c -> chips(c.symbols(), symbol.getValue().strip().toUpperCase(java.util.Locale.ROOT)))
                .setHeader("Symbols").setWidth("8em").setFlexGrow(1);
        grid.addComponentColumn(c -> chips(c.behaviours().stream().map(Badges::words).toList(),
                behaviour.getValue() == null ? "" : Badges.words(behaviour.getValue()))).setHeader("Allegations")
                .setWidth("11em").setFlexGrow(2);
        grid.addColumn(c -> c.assignee() == null ? "Unassigned" : c.assignee()).setHeader("Assignee")
                .setWidth("8.5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("caseId", e.getItem().reference()))));
        grid.setSizeFull();

        CallbackDataProvider<CaseSummary, CaseFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> cases.find(actor, q.getFilter().orElse(CaseFilter.any()), sort.getValue(), q.getOffset(),
                        q.getLimit()).items().stream(),
                q -> {
                    long n = cases.count(actor, q.getFilter().orElse(CaseFilter.any()));
                    count.setText(n + (n == 1 ? " case" : " cases"));
                    return (int) Math.min(n, Integer.MAX_VALUE);
                });
        data = provider.withConfigurableFilter();
        grid.setDataProvider(data);

        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        marketMaker.addValueChangeListener(e -> refresh());
        symbol.addValueChangeListener(e -> refresh());
        behaviour.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        refresh();

        overview.setWidthFull();
        overview.setMaxWidth("60em");
        add(header, filters, overview, grid);
        expand(grid);
    }

    CaseFilter filter() {
        Set<CaseStatus> statuses = status.getValue();
        return new CaseFilter(statuses, marketMaker.getValue(), symbol.getValue(), behaviour.getValue(),
                assignee.getValue(), search.getValue());
    }

    private void refresh() {
        CaseFilter filter = filter();
        data.setFilter(filter);
        overview.removeAll();
        counts = new Chart("case-counts", "cases-by-status", CaseCountsChart.option(cases.counts(actor, filter)));
        counts.canvas.setHeight("9em");
        overview.add(counts);
    }

    private static Div referenceCell(CaseSummary c) {
        Div flagged = new Div("Flagged " + Words.of(c.flaggedAt()));
        flagged.addClassName("gb-muted");
        return new Div(new Span(c.reference()), flagged);
    }

    private static Div stacked(Span... badges) {
        Div cell = new Div(badges);
        cell.addClassName("gb-stacked");
        return cell;
    }

    /** The market maker, and with a search on, the summary that matched it. */
    private Div marketMakerCell(CaseSummary c) {
        Div id = new Div(c.marketMakerId());
        id.addClassName("gb-muted");
        Div cell = new Div(new Span(c.marketMakerName()), id);
        if (!search.getValue().isBlank()) {
            Div why = new Div(c.summary());
            why.addClassName("gb-muted");
            cell.add(why);
        }
        return cell;
    }

    /** Values as chips that wrap; the one the filter asked for is marked, so a row says why it matched. */
    private static Div chips(java.util.List<String> values, String matched) {
        Div cell = new Div();
        cell.addClassName("gb-chips");
        for (String value : values) {
            Span chip = new Span(value);
            chip.addClassName("gb-chip");
            if (!matched.isEmpty() && value.equalsIgnoreCase(matched)) {
                chip.addClassName("gb-match");
            }
            cell.add(chip);
        }
        return cell;
    }
}
