package org.glassbox.ui.analysis;

import org.glassbox.ui.charts.Chart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.glassbox.analysis.methods.Methods;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.cases.Allegation;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.cases.Badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * One run: what it read and with which parameters, its result digest and the result itself for
 * download (the exact bytes digested), its chart, the flagged trades in a lazy grid, and the actions the
 * reader may take (verify it again, say it supports an allegation).
 */
public class AnalysisRunPanel extends VerticalLayout {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Span error = new Span();
    Button verify;
    Button link;
    Select<Behaviour> allegation;
    Chart chart;
    final List<Chart> charts = new ArrayList<>();
    Grid<FlaggedTrade> trades;
    private final AnalysisRunView run;

    /** One flagged trade as the grid lists it: its place in the list, its id and what it belongs to. */
    public record FlaggedTrade(int index, String tradeId, String group) {
    }

    AnalysisRunPanel(AnalysisService analyses, Actor actor, CaseDetail c, AnalysisRunView run, Runnable onChange) {
        this.run = run;
        setPadding(false);
        setId("analysis-run");
        add(new H3(run.method() + " " + title(run.method()) + " (version " + run.methodVersion() + ")"));
        Methods.find(run.method()).ifPresent(m -> add(new Paragraph(m.description())));
        FormLayout facts = new FormLayout();
        facts.addFormItem(Badges.of(run.status()), "Status");
        facts.addFormItem(new Span(run.requestedBy() + ", " + AnalysesTab.TIME.format(run.requestedAt())), "Requested");
        facts.addFormItem(new Span(run.parameters().isEmpty() ? "the defaults" : run.parameters().entrySet().stream()
                .map(e -> org.glassbox.analysis.methods.Figures.parameterName(e.getKey()) + " "
                        + org.glassbox.analysis.methods.Figures.readable(e.getValue()))
                .collect(Collectors.joining(", "))), "Parameters");
        VerticalLayout inputs = new VerticalLayout();
        inputs.setPadding(false);
        inputs.setSpacing(false);
        for (AnalysisInput in : run.inputs()) {
            Span line = new Span(in.title() + (in.profile() == null ? ""
                    : ": " + org.glassbox.query.shared.Words.count(in.profile().rows(), "row", "rows")) + ", SHA-256 "
                    + in.blob().sha256());
            line.addClassName("gb-digest");
            inputs.add(line);
        }
        facts.addFormItem(inputs, "Reads");
        if (run.resultDigest() != null) {
            Span digest = new Span(run.resultDigest());
            digest.setId("result-digest");
            digest.addClassName("gb-digest");
            facts.addFormItem(digest, "Result SHA-256");
            facts.addFormItem(new Span(run.engine().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))), "Engine");
        }
        if (run.failure() != null) {
            facts.addFormItem(new Span(run.failure()), run.status() == AnalysisStatus.REFUSED ? "Refused" : "Failed");
        }
        if (!"NONE".equals(run.verification().state())) {
            Span v = new Span(switch (run.verification().state()) {
                case "REPRODUCED" -> "Reproduced from the stored bytes, " + AnalysesTab.TIME.format(run.verification().at());
                case "NOT_REPRODUCED" -> "NOT reproduced: " + run.verification().problem()
                        + (run.verification().foundDigest() == null ? "" : " (got " + run.verification().foundDigest()
                                + ")");
                default -> "Being computed again from the stored bytes...";
            });
            v.setId("verification");
            facts.addFormItem(v, "Verification");
        }
        if (!run.allegations().isEmpty()) {
            facts.addFormItem(new Span(run.allegations().stream().map(Badges::words).collect(Collectors.joining(", "))),
                    "Supports");
        }
        add(facts);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        if (run.status() == AnalysisStatus.COMPLETED) {
            byte[] bytes = resultBytes(analyses);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), run.method() + "-" + run.resultDigest().substring(0, 12) + ".json",
                    "application/json", bytes.length)), "Download the result (JSON)");
            download.getElement().setAttribute("download", true);
            download.setId("download-result");
            actions.add(download);
            if (analyses.mayVerify(actor) && !"RUNNING".equals(run.verification().state())) {
                verify = new Button("Verify again from the stored bytes", e -> act(() -> analyses.verify(actor,
                        run.runId()), onChange));
                verify.setId("verify-analysis");
                actions.add(verify);
            }
            if (analyses.mayLink(actor, c, run)) {
                allegation = new Select<>();
                allegation.setItems(c.allegations().stream().map(Allegation::behaviour)
                        .filter(b -> !run.allegations().contains(b)).toList());
                allegation.setItemLabelGenerator(Badges::words);
                allegation.setPlaceholder("Choose an allegation");
                allegation.setId("link-allegation-choice");
                link = new Button("Supports this allegation", e -> {
                    if (allegation.getValue() == null) {
                        error.setText("Choose the allegation it supports");
                        return;
                    }
                    act(() -> analyses.link(actor, run.runId(), allegation.getValue(), null), onChange);
                });
                link.setId("link-analysis");
                actions.add(allegation, link);
            }
            add(actions);
            showResult(bytes);
        } else {
            add(actions);
        }
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(error);
    }

    private void act(Runnable action, Runnable onChange) {
        error.setText("");
        try {
            action.run();
            Notification.show("Done");
            onChange.run();
        } catch (RuleViolation | NotPermitted | IllegalArgumentException refused) {
            error.setText(refused.getMessage());
        }
    }

    private byte[] resultBytes(AnalysisService analyses) {
        try {
            return analyses.resultBytes(run);
        } catch (IOException e) {
            error.setText("The stored result cannot be read: " + e.getMessage());
            return new byte[0];
        }
    }

    private void showResult(byte[] bytes) {
        JsonNode result;
        try {
            result = JSON.readTree(bytes);
        } catch (IOException e) {
            return;
        }
        List<String> options = ChartOptions.all(run.method(), result);
        FlexLayout pictures = new FlexLayout();
        pictures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pictures.setWidthFull();
        pictures.setId("episode-pictures");
        for (int i = 0; i < options.size(); i++) {
            String name = run.method() + "-" + run.resultDigest().substring(0, 12) + (i == 0 ? "" : "-" + (i + 1));
            Chart c = new Chart(i == 0 ? "analysis-chart" : "analysis-chart-" + (i + 1), name, options.get(i));
            charts.add(c);
            if (i == 0) {
                chart = c;
            }
            if (run.method().equals("S2") && i > 0) {
                // the episodes side by side, small: one look compares them
                c.canvas.setHeight("15em");
                c.setWidth("48%");
                c.setMinWidth("24em");
                pictures.add(c);
            } else {
                add(c);
            }
        }
        if (pictures.getComponentCount() > 0) {
            add(new H4("The first episodes, each around its fill"), pictures);
        }
        OrderBookFindings.of(run.method(), result).forEach(this::add);
        List<FlaggedTrade> flagged = flagged(result);
        if (!flagged.isEmpty()) {
            add(new H4("Flagged trades (" + flagged.size() + ")"));
            trades = new Grid<>(FlaggedTrade.class, false);
            trades.addColumn(FlaggedTrade::index).setHeader("#").setWidth("6em").setFlexGrow(0);
            trades.addColumn(FlaggedTrade::tradeId).setHeader("Trade id").setAutoWidth(true);
            if (result.has("cycles")) {
                trades.addColumn(FlaggedTrade::group).setHeader("Part of").setFlexGrow(2);
            }
            trades.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            trades.setHeight("18em");
            trades.setId("flagged-trades");
            // Lazy: the browser asks for the rows it shows, however long the list.
            trades.setItems(q -> flagged.stream().skip(q.getOffset()).limit(q.getLimit()), q -> flagged.size());
            add(trades);
        }
        if (run.method().equals("D1") || run.method().equals("W4") || run.method().equals("W5")) {
            add(figures(result));
        }
    }

    private static FormLayout figures(JsonNode result) {
        FormLayout f = new FormLayout();
        result.properties().forEach(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                f.addFormItem(new Span(org.glassbox.analysis.methods.Figures.value(e.getKey(), e.getValue().asText())),
                        org.glassbox.analysis.methods.Figures.label(e.getKey()));
            }
        });
        return f;
    }

    static List<FlaggedTrade> flagged(JsonNode result) {
        List<FlaggedTrade> out = new ArrayList<>();
        if (result.has("cycles")) {
            int ring = 0;
            for (JsonNode c : result.get("cycles")) {
                ring++;
                String accounts = String.join(" -> ", ids(c.get("accounts")));
                for (String id : ids(c.get("tradeIds"))) {
                    out.add(new FlaggedTrade(out.size() + 1, id, "ring " + ring + ": " + accounts));
                }
            }
        } else if (result.has("tradeIds")) {
            for (String id : ids(result.get("tradeIds"))) {
                out.add(new FlaggedTrade(out.size() + 1, id, ""));
            }
        }
        return out;
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String title(String method) {
        return Methods.find(method).map(m -> m.title()).orElse("");
    }

    /** The run's headline figures in words, in the order the method gives them. */
    static String headline(AnalysisRunView r) {
        if (r.status() != AnalysisStatus.COMPLETED) {
            return r.failure() == null ? "" : r.failure();
        }
        return org.glassbox.analysis.methods.Figures.inWords(ordered(r)).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The headline in the order of the method's figures (the read model keeps them sorted by name). */
    private static Map<String, String> ordered(AnalysisRunView r) {
        List<String> order = List.of("count", "cycles", "pairs", "volume", "share", "soldQty", "boughtQty", "buyOrders",
                "proceeds", "sellShare", "profitRank", "shareOfVolume", "shareOfTrades", "internalShareOfVolume",
                "firstDigitConformity", "roundShare", "roundShareTest", "orderToTradeCount", "othersOrderToTradeCount",
                "cancelShare", "quickCancelShare", "episodes", "marketMakerEpisodes", "spoofOrders", "breaches",
                "spreadBreachMinutes", "depthBreachMinutes", "presenceBreachMinutes", "daysPresenceMissed");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        order.forEach(k -> {
            if (r.headline().containsKey(k)) {
                out.put(k, r.headline().get(k));
            }
        });
        return out;
    }

    public AnalysisRunView run() {
        return run;
    }
}
