package org.glassbox.ui.disclosure;

import java.util.function.Consumer;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.glassbox.ui.layout.ClosableDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The figures an investigator states for a notice; the case's facts (findings, freezes, disclosable
 * evidence, masked accounts) are added by the server, and the template chosen by the findings.
 */
class FiguresDialog extends ClosableDialog {
    final TextField period = new TextField("Period of the conduct");
    final TextField volume = new TextField("Volume involved");
    final TextField share = new TextField("Share of volume");
    final TextField impact = new TextField("Price impact");
    final TextField compensation = new TextField("Compensation of users");
    final Checkbox offboarded = new Checkbox("The market maker was offboarded");
    final Span error = new Span();
    final Button create = new Button("Draft");

    FiguresDialog(DisclosureService disclosures, Actor actor, String caseId, NoticeKind kind,
            DisclosureSummary supersedes, Consumer<String> onDrafted) {
        super(switch (kind) {
            case NOTICE -> "Draft a public notice";
            case CORRECTION -> "Draft a correction of " + supersedes.noticeReference();
            case RETRACTION -> "Draft the retraction of " + supersedes.noticeReference();
        });
        setWidth("36em");
        for (TextField field : new TextField[] {period, volume, share, impact, compensation}) {
            field.setWidthFull();
            field.setMaxLength(KeyFigures.FIGURE);
        }
        if (supersedes != null) {
            KeyFigures before = supersedes.facts().figures();
            period.setValue(before.period());
            volume.setValue(nullToEmpty(before.volume()));
            share.setValue(nullToEmpty(before.shareOfVolume()));
            impact.setValue(nullToEmpty(before.priceImpact()));
            compensation.setValue(nullToEmpty(before.compensation()));
            offboarded.setValue(before.offboarded());
        }
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("figures-error");
        add(new Paragraph("The notice is filled from the case's substantiated findings, executed freezes and "
                + "disclosable evidence, with account ids masked. Add the figures the public should read."),
                new VerticalLayout(period, volume, share, impact, compensation, offboarded,
                        consequence("A draft is made from the case's facts and these figures; nothing is public"
                                + " until a supervisor approves it and communications publish it."), error));
        period.setRequiredIndicatorVisible(true);
        create.setId("create-draft");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                KeyFigures figures = new KeyFigures(period.getValue(), blankToNull(volume.getValue()),
                        blankToNull(share.getValue()), blankToNull(impact.getValue()),
                        blankToNull(compensation.getValue()), offboarded.getValue());
                String id = disclosures.draft(actor, caseId, kind, supersedes == null ? null
                        : supersedes.disclosureId(), figures);
                close();
                onDrafted.accept(id);
            } catch (InvalidField invalid) {
                error.setText(switch (invalid.field()) {
                    case "period" -> "Period of the conduct";
                    default -> invalid.field();
                } + " " + invalid.problem());
            } catch (RuleViolation | NotPermitted | AggregateNotFoundException refused) {
                error.setText(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
