package org.glassbox.ui.freeze;

import org.glassbox.api.freeze.AccountFreezeStatus;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.ui.cases.Badges;
import org.glassbox.ui.cases.CaseDetailView;
import org.glassbox.ui.layout.MainLayout;
import org.glassbox.ui.security.CurrentActor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * Is this exchange account frozen, by which cases, since when, with what scope? The answer comes from
 * the per-account holds, so an account two cases froze shows both until both lift.
 * {@code accounts?id=UID-100234} opens with the answer.
 */
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("Accounts | Glassbox")
@RolesAllowed({"INVESTIGATOR", "SUPERVISOR", "AUDITOR"})
public class AccountsView extends VerticalLayout implements BeforeEnterObserver {
    final TextField account = new TextField("Exchange account id");
    final Button search = new Button("Look up");
    final Paragraph answer = new Paragraph();
    final Grid<AccountFreezeStatus.Hold> holds = new Grid<>(AccountFreezeStatus.Hold.class, false);
    private final FreezeService freezes;
    private final Actor actor;

    public AccountsView(FreezeService freezes) {
        this.freezes = freezes;
        this.actor = CurrentActor.require();
        account.setPlaceholder("UID-100234");
        account.setClearButtonVisible(true);
        account.addKeyPressListener(Key.ENTER, e -> lookUp());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> lookUp());
        search.setId("look-up-account");
        HorizontalLayout bar = new HorizontalLayout(account, search);
        bar.setAlignItems(Alignment.BASELINE);

        holds.addColumn(AccountFreezeStatus.Hold::caseReference).setHeader("Case").setAutoWidth(true);
        holds.addColumn(h -> Badges.words(h.scope())).setHeader("Scope").setAutoWidth(true);
        holds.addColumn(h -> FreezeViewing.time(h.heldSince())).setHeader("Held since").setAutoWidth(true);
        holds.addComponentColumn(h -> h.freezeStatus() == null ? new Paragraph() : Badges.of(h.freezeStatus()))
                .setHeader("Freeze");
        holds.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        holds.setAllRowsVisible(true);
        holds.setVisible(false);
        holds.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                new RouteParameters("caseId", e.getItem().caseReference()))));
        answer.setId("account-answer");
        add(new H2("Accounts"), bar, answer, holds);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("id").ifPresent(id -> {
            account.setValue(id);
            lookUp();
        });
    }

    void lookUp() {
        String id = account.getValue().strip();
        holds.setVisible(false);
        AccountFreezeStatus status;
        try {
            status = freezes.account(actor, id);
        } catch (InvalidField invalid) {
            account.setInvalid(true);
            account.setErrorMessage(invalid.problem());
            answer.setText("");
            return;
        }
        account.setInvalid(false);
        if (!status.frozen()) {
            answer.setText(id + " is not frozen.");
            return;
        }
        answer.setText(id + " is frozen (" + Badges.words(status.effectiveScope()).toLowerCase()
                + ") since " + FreezeViewing.time(status.frozenSince()) + ", by " + status.holds().size()
                + (status.holds().size() == 1 ? " freeze." : " freezes; it stays frozen until all are lifted."));
        holds.setItems(status.holds());
        holds.setVisible(true);
    }
}
