package org.glassbox.ui.cases;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.SourceKind;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.ExchangeFormats;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.templates.catalogue.CaseTypeCatalogue;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** Opens a case. Checks what it can as the user types; the server's refusals appear beside the field. */
@Route(value = "cases/new", layout = MainLayout.class)
@PageTitle("Flag a case | Glassbox")
@RolesAllowed({"INVESTIGATOR", "SUPERVISOR"})
public class FlagCaseView extends VerticalLayout {

    /** The form's values; a mutable bean because Binder edits it field by field. */
    static final class Form {
        String marketMakerId = "";
        String marketMakerName = "";
        String accounts = "";
        String symbols = "";
        Set<Behaviour> behaviours = new LinkedHashSet<>();
        String summary = "";
        Severity severity = Severity.MEDIUM;
        SourceKind sourceKind = SourceKind.MANUAL;
        String alertId = "";
        String reportedBy = "";
    }

    final TextField marketMakerId = new TextField("Market maker id");
    final TextField marketMakerName = new TextField("Market maker name");
    final TextArea accounts = new TextArea("Accounts (one per line)");
    final TextField symbols = new TextField("Symbols (comma-separated)");
    final CheckboxGroup<Behaviour> behaviours = new CheckboxGroup<>("Suspected behaviours");
    final TextArea summary = new TextArea("Summary");
    final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>("Severity");
    final Select<SourceKind> sourceKind = new Select<>();
    final TextField alertId = new TextField("Surveillance alert id");
    final TextField reportedBy = new TextField("Reported by");
    final Button submit = new Button("Flag case");
    final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final CaseService cases;

    public FlagCaseView(CaseService cases, CaseTypeCatalogue catalogue) {
        this.cases = cases;
        setMaxWidth("60em");

        behaviours.setItems(Behaviour.values());
        behaviours.setItemLabelGenerator(b -> catalogue.of(b) == null ? Badges.words(b) : catalogue.of(b).title());
        behaviours.addValueChangeListener(e -> behaviours.setHelperText(e.getValue().stream()
                .map(b -> catalogue.of(b) == null ? "" : catalogue.of(b).title() + ": " + catalogue.of(b).description())
                .collect(java.util.stream.Collectors.joining(" "))));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Badges::words);
        sourceKind.setLabel("Source");
        sourceKind.setItems(SourceKind.values());
        sourceKind.setItemLabelGenerator(k -> switch (k) {
            case MANUAL -> "Manual (own observation)";
            case REPORT -> "Report (project team, user, regulator)";
            case ALERT -> "Surveillance alert";
        });
        summary.setMaxLength(Limits.SUMMARY);
        summary.setHelperText("What was seen, where and when; up to " + Limits.SUMMARY + " characters");
        accounts.setHelperText("Exchange account ids of the market maker, e.g. UID-100234");
        symbols.setHelperText("Trading symbols, e.g. GPSUSDT, SHELLUSDT");

        binder.forField(marketMakerId).asRequired("Give the market maker's id")
                .withValidator(max(Limits.ID)).bind(f -> f.marketMakerId, (f, v) -> f.marketMakerId = v);
        binder.forField(marketMakerName).asRequired("Give the market maker's name")
                .withValidator(max(Limits.NAME)).bind(f -> f.marketMakerName, (f, v) -> f.marketMakerName = v);
        binder.forField(accounts).asRequired("Name at least one account")
                .withValidator((v, c) -> exchangeFormat(() -> ExchangeFormats.accounts("accounts", lines(v))))
                .bind(f -> f.accounts, (f, v) -> f.accounts = v);
        binder.forField(symbols).asRequired("Name at least one symbol")
                .withValidator((v, c) -> exchangeFormat(() -> ExchangeFormats.symbols("symbols", commaList(v))))
                .bind(f -> f.symbols, (f, v) -> f.symbols = v);
        binder.forField(behaviours).withValidator(v -> !v.isEmpty(), "Choose at least one suspected behaviour")
                .bind(f -> f.behaviours, (f, v) -> f.behaviours = new LinkedHashSet<>(v));
        binder.forField(summary).asRequired("Summarise what was seen")
                .bind(f -> f.summary, (f, v) -> f.summary = v);
        binder.forField(severity).asRequired("Choose a severity").bind(f -> f.severity, (f, v) -> f.severity = v);
        binder.forField(sourceKind).asRequired("Choose a source").bind(f -> f.sourceKind, (f, v) -> f.sourceKind = v);
        binder.forField(alertId)
                .withValidator((v, c) -> sourceKind.getValue() == SourceKind.ALERT && (v == null || v.isBlank())
                        ? ValidationResult.error("An alert-sourced case needs the alert id")
                        : ValidationResult.ok())
                .withValidator(max(Limits.ALERT_ID))
                .bind(f -> f.alertId, (f, v) -> f.alertId = v);
        binder.forField(reportedBy).withValidator(max(Limits.NAME)).bind(f -> f.reportedBy, (f, v) -> f.reportedBy = v);
        binder.readBean(form);
        sourceKind.addValueChangeListener(e -> showSourceFields());
        showSourceFields();

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());

        FormLayout layout = new FormLayout(marketMakerId, marketMakerName, accounts, symbols, behaviours, summary,
                severity, sourceKind, alertId, reportedBy);
        layout.setColspan(behaviours, 2);
        layout.setColspan(summary, 2);
        add(new H2("Flag a case"),
                new Paragraph("Opens an investigation of a market maker. The case gets its reference on saving."),
                layout, submit);
    }

    private void showSourceFields() {
        alertId.setVisible(sourceKind.getValue() == SourceKind.ALERT);
        reportedBy.setVisible(sourceKind.getValue() == SourceKind.REPORT);
    }

    void submit() {
        if (!binder.writeBeanIfValid(form)) {
            Notification.show("Please correct the marked fields").addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            FlaggedCase flagged = cases.flag(new FlagCase(UUID.randomUUID().toString(),
                    new MarketMaker(form.marketMakerId, form.marketMakerName), lines(form.accounts),
                    commaList(form.symbols), form.behaviours, form.summary, form.severity,
                    new CaseSource(form.sourceKind, form.sourceKind == SourceKind.ALERT ? form.alertId : null,
                            form.sourceKind == SourceKind.REPORT ? form.reportedBy : null)));
            cases.awaitNewerThan(CurrentActor.require(), flagged.caseId(), -1, 5000);
            Notification.show("Case " + flagged.reference() + " flagged")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, new RouteParameters("caseId", flagged.reference())));
        } catch (InvalidField invalid) {
            markInvalid(invalid.field(), invalid.problem());
        } catch (RuleViolation | NotPermitted refused) {
            if (refused instanceof RuleViolation rule && "alert-already-flagged".equals(rule.code())) {
                markInvalid("source.alertId", refused.getMessage());
            } else {
                Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void markInvalid(String field, String message) {
        Map<String, HasValidation> fields = Map.of("marketMaker.id", marketMakerId, "marketMaker.name",
                marketMakerName, "accounts", accounts, "accounts entry", accounts, "symbols", symbols,
                "symbols entry", symbols, "behaviours", behaviours, "summary", summary, "source.alertId", alertId,
                "source.reportedBy", reportedBy);
        HasValidation target = fields.get(field);
        if (target == null) {
            Notification.show(field + " " + message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private static com.vaadin.flow.data.binder.Validator<String> max(int length) {
        return (v, c) -> v != null && v.strip().length() > length
                ? ValidationResult.error("At most " + length + " characters")
                : ValidationResult.ok();
    }

    /** Asks the exchange's format rule (the one the command applies) and shows its answer. */
    private static ValidationResult exchangeFormat(Runnable check) {
        try {
            check.run();
            return ValidationResult.ok();
        } catch (org.glassbox.api.shared.InvalidField invalid) {
            return ValidationResult.error(invalid.problem());
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> commaList(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).map(s -> s.strip().toUpperCase()).filter(s -> !s.isEmpty())
                        .toList();
    }
}
