package org.glassbox.ui.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.glassbox.analysis.methods.AnalysisMethod;
import org.glassbox.analysis.methods.Methods;
import org.glassbox.analysis.methods.Parameter;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.evidence.EvidenceService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Runs a method on market data of the case: the method, the items it reads (the case's market data in
 * use, trade files first chosen), and its parameters with their defaults shown. The method's own checks
 * decide; a refusal is shown beside the field it names.
 */
public class RunAnalysisDialog extends ClosableDialog {
    final Select<AnalysisMethod> method = new Select<>();
    final Paragraph description = new Paragraph();
    final CheckboxGroup<EvidenceSummary> inputs = new CheckboxGroup<>();
    final FormLayout parameters = new FormLayout();
    final Map<String, TextField> fields = new LinkedHashMap<>();
    final Span error = new Span();
    final Button submit = new Button("Run");
    /** The case's evidence an analysis may read: market data and KPI terms in use. */
    private final List<EvidenceSummary> readable;

    RunAnalysisDialog(AnalysisService analyses, EvidenceService evidence, Actor actor, CaseDetail c,
            Consumer<String> onQueued) {
        super("Run an analysis on " + c.reference());
        setWidth("46em");
        method.setLabel("Method");
        method.setItems(Methods.all());
        method.setItemLabelGenerator(m -> m.id() + " " + m.title());
        method.setId("analysis-method");
        method.setWidthFull();
        description.addClassName("gb-muted");
        readable = evidence.list(actor, c.caseId()).stream()
                .filter(i -> (i.kind().isMarketData() || i.kind() == EvidenceKind.KPI_TERMS) && !i.excluded()).toList();
        inputs.setLabel("Evidence it reads");
        inputs.setItems(readable);
        inputs.setItemLabelGenerator(i -> org.glassbox.ui.cases.Badges.words(i.kind()) + ": " + i.title());
        inputs.setId("analysis-inputs");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("analysis-error");
        method.addValueChangeListener(e -> showParameters(e.getValue()));
        method.setValue(Methods.require("W1"));
        add(method, description, inputs, parameters, consequence("The analysis runs in the background and"
                + " appears on the Analyses tab with its figures and digest: the same files and parameters always"
                + " give the same figures."), error);
        method.setRequiredIndicatorVisible(true);
        inputs.setRequiredIndicatorVisible(true);
        if (readable.stream().noneMatch(i -> i.kind() == EvidenceKind.TRADE_EXPORT)) {
            error.setText("This case has no trade export yet: add one on the Evidence tab first.");
            submit.setEnabled(false);
        }
        submit.setId("submit-analysis");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit(analyses, actor, c, onQueued));
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }

    private void showParameters(AnalysisMethod m) {
        parameters.removeAll();
        fields.clear();
        if (m == null) {
            return;
        }
        description.setText(m.description());
        // The method says what it reads: its evidence is chosen for it, and can be changed.
        inputs.setValue(readable.stream().filter(i -> m.reads(i.kind()))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        for (Parameter p : m.parameters()) {
            TextField field = new TextField(org.glassbox.analysis.methods.Figures.parameterName(p.name()));
            field.setPlaceholder(p.defaultValue() == null ? "from the data" : p.defaultValue());
            String range = (p.min() == null ? "" : " From " + shown(p.type(), p.min()))
                    + (p.max() == null ? "" : " to " + shown(p.type(), p.max()));
            field.setHelperText(p.description() + range + (range.isEmpty() ? "" : ".")
                    + (p.type() == Parameter.Type.DURATION ? " Written as ISO-8601: PT30S is 30 seconds, PT5M 5 minutes."
                            : ""));
            field.setClearButtonVisible(true);
            field.setMaxLength(200);
            field.setId("parameter-" + p.name());
            fields.put(p.name(), field);
            parameters.add(field);
        }
    }

    /** A refusal as a person reads it: evidence kinds named in words (KPI terms, not KPI_TERMS). */
    static String inWords(String message) {
        String out = message;
        for (EvidenceKind kind : EvidenceKind.values()) {
            out = out.replace(kind.name(), org.glassbox.ui.cases.Badges.words(kind));
        }
        return out;
    }

    private static String shown(Parameter.Type type, String value) {
        return type == Parameter.Type.DURATION ? org.glassbox.analysis.methods.Figures.readable(value) + " (" + value + ")"
                : value;
    }

    void submit(AnalysisService analyses, Actor actor, CaseDetail c, Consumer<String> onQueued) {
        error.setText("");
        fields.values().forEach(f -> f.setInvalid(false));
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach((name, f) -> {
            if (!f.getValue().isBlank()) {
                given.put(name, f.getValue().strip());
            }
        });
        try {
            String runId = analyses.run(actor, c.caseId(), method.getValue().id(),
                    inputs.getValue().stream().map(EvidenceSummary::itemId).toList(), given);
            close();
            onQueued.accept(runId);
        } catch (InvalidField invalid) {
            TextField field = invalid.field().startsWith("parameters.")
                    ? fields.get(invalid.field().substring("parameters.".length())) : null;
            if (field != null) {
                field.setErrorMessage(invalid.problem());
                field.setInvalid(true);
            } else {
                error.setText(inWords(invalid.getMessage()));
            }
        } catch (RuleViolation | NotPermitted refused) {
            error.setText(refused.getMessage());
        }
    }
}
