package org.glassbox.ui.freeze;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.shared.Actor;
import org.glassbox.ui.cases.Badges;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * How freezes read on screen (times in UTC, amounts in plain digits, status with its warnings), for the
 * freeze tab and the other views that show freezes.
 */
public final class FreezeViewing {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private FreezeViewing() {
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String amounts(FreezeSummary f) {
        return f.amounts().stream().map(a -> a.amount().toPlainString() + " " + a.asset())
                .collect(Collectors.joining(", "));
    }

    /** The status badge, and beside it what needs a person: overdue decision or review, escalated failure. */
    public static HorizontalLayout status(FreezeSummary f) {
        HorizontalLayout cell = new HorizontalLayout(Badges.of(f.status()));
        cell.setSpacing(false);
        cell.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (f.status() == org.glassbox.api.freeze.FreezeStatus.REQUESTED && f.decisionOverdue()) {
            cell.add(warning("Decision overdue"));
        }
        if (f.reviewOverdue()) {
            cell.add(warning("Review overdue"));
        }
        if (f.escalated()) {
            cell.add(warning("Escalated: " + f.lastError()));
        }
        boolean lifting = f.status() == org.glassbox.api.freeze.FreezeStatus.LIFT_REQUESTED
                || f.status() == org.glassbox.api.freeze.FreezeStatus.LIFT_APPROVED
                || f.status() == org.glassbox.api.freeze.FreezeStatus.LIFTED;
        if (lifting && f.executedAt() == null) {
            cell.add(warning("Never carried out"));
        }
        return cell;
    }

    public static Span warning(String text) {
        Span warning = new Span(text);
        warning.addClassNames("gb-badge", "gb-warning");
        return warning;
    }

    /** Dates as yyyy-MM-dd, the way the rest of Glassbox writes them, whatever the browser's locale. */
    static DatePicker.DatePickerI18n isoDates() {
        return new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
    }

    /** Opens the freeze's dialog (history and the decisions this user may take); answers it. */
    public static Dialog open(FreezeService freezes, Actor actor, FreezeSummary freeze, Runnable onChange) {
        FreezeDialog dialog = new FreezeDialog(freezes, actor, freeze, onChange);
        dialog.open();
        return dialog;
    }
}
