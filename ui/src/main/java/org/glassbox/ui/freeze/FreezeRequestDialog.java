package org.glassbox.ui.freeze;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.cases.Badges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Asks for a freeze of some of the case's accounts. Proceeds are typed one per line ("USDT 5000000");
 * the command checks every field, and a refusal is shown here with nothing recorded.
 */
class FreezeRequestDialog extends ClosableDialog {
    final CheckboxGroup<String> accounts = new CheckboxGroup<>("Accounts to freeze");
    final Select<FreezeScope> scope = new Select<>();
    final TextArea proceeds = new TextArea("Proceeds to hold (optional, one per line: ASSET AMOUNT)");
    final TextArea justification = new TextArea("Justification");
    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>("Urgency");
    final DatePicker reviewBy = new DatePicker("Review by");
    final Span error = new Span();
    final Button submit = new Button("Request freeze");

    FreezeRequestDialog(FreezeService freezes, Actor actor, CaseDetail c, Clock clock, Consumer<String> onRequested) {
        super("Request a freeze - " + c.reference());
        setWidth("40em");
        accounts.setItems(c.accounts());
        accounts.setValue(java.util.Set.copyOf(c.accounts()));
        scope.setLabel("Scope");
        scope.setItems(FreezeScope.values());
        scope.setItemLabelGenerator(s -> switch (s) {
            case TRADING -> "Trading (no new orders)";
            case WITHDRAWAL -> "Withdrawals (no funds leave)";
            case FULL -> "Full (trading and withdrawals)";
        });
        scope.setValue(FreezeScope.FULL);
        scope.setWidth("20em");
        proceeds.setWidthFull();
        proceeds.setPlaceholder("USDT 5000000\nGPS 70000000");
        justification.setWidthFull();
        justification.setMaxLength(Limits.REASON);
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(Badges::words);
        urgency.setValue(Urgency.ROUTINE);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        reviewBy.setI18n(FreezeViewing.isoDates());
        reviewBy.setMin(today.plusDays(1));
        reviewBy.setValue(today.plusDays(30));
        reviewBy.setHelperText("The freeze is reviewed (kept or lifted) by the end of this day, UTC");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("freeze-request-error");
        add(new VerticalLayout(accounts, scope, proceeds, justification, urgency, reviewBy,
                consequence("Nothing is frozen yet: a supervisor other than you approves or rejects the request,"
                        + " and only then is the account system told to hold the accounts."), error));
        markRequired(proceeds);

        submit.setId("submit-freeze");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                List<String> chosen = c.accounts().stream().filter(accounts.getValue()::contains).toList();
                String id = freezes.request(c.caseId(), new FreezeService.Request(chosen, scope.getValue(),
                        amounts(), justification.getValue(), urgency.getValue(),
                        reviewBy.getValue() == null ? null
                                : reviewBy.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                close();
                onRequested.accept(id);
            } catch (InvalidField invalid) {
                error.setText(label(invalid.field()) + " " + invalid.problem());
            } catch (RuleViolation | NotPermitted | AggregateNotFoundException refused) {
                error.setText(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }

    private List<HeldAmount> amounts() {
        List<HeldAmount> amounts = new ArrayList<>();
        for (String line : proceeds.getValue().strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                amounts.add(new HeldAmount(parts[0].toUpperCase(java.util.Locale.ROOT), new BigDecimal(parts[1])));
            } catch (NumberFormatException e) {
                throw new InvalidField("amounts", "'" + line.strip() + "' is not ASSET AMOUNT, e.g. USDT 5000000");
            }
        }
        return amounts;
    }

    private static String label(String field) {
        return switch (field) {
            case "accounts" -> "Accounts:";
            case "amounts" -> "Proceeds to hold:";
            case "scope" -> "Scope";
            case "justification" -> "Justification";
            case "urgency" -> "Urgency";
            case "reviewBy" -> "Review by";
            default -> field;
        };
    }
}
