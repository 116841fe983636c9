package org.glassbox.command.freeze;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.freeze.AccountHoldPlaced;
import org.glassbox.api.freeze.AccountHoldReleased;
import org.glassbox.api.freeze.AccountHoldState;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.PlaceAccountHold;
import org.glassbox.api.freeze.ReleaseAccountHold;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.Permissions;

/**
 * The per-account truth: which freezes hold an account and what they require together. Every change
 * to one account goes through this aggregate, so two freezes or lifts racing on one account are
 * serialised and each sees the other (the event store refuses a second write at the same sequence).
 * Placing or releasing the same freeze twice changes nothing: the orchestration may retry.
 */
@Aggregate
public class AccountHold {

    @AggregateIdentifier
    private String accountId;
    private final Map<String, Hold> holds = new LinkedHashMap<>();

    private record Hold(String caseId, FreezeScope scope) {
    }

    protected AccountHold() {
        // for Axon's event sourcing, and for the first hold of an account
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AccountHoldState handle(PlaceAccountHold command, Actor actor) {
        requireSystem(actor);
        if (!holds.containsKey(command.freezeId())) {
            Map<String, Hold> after = new LinkedHashMap<>(holds);
            after.put(command.freezeId(), new Hold(command.caseId(), command.scope()));
            apply(new AccountHoldPlaced(command.accountId(), command.freezeId(), command.caseId(), command.scope(),
                    union(after.values()), after.size()));
        }
        return state();
    }

    @CommandHandler
    public AccountHoldState handle(ReleaseAccountHold command, Actor actor) {
        requireSystem(actor);
        Hold hold = holds.get(command.freezeId());
        if (hold != null) {
            Map<String, Hold> after = new LinkedHashMap<>(holds);
            after.remove(command.freezeId());
            apply(new AccountHoldReleased(accountId, command.freezeId(), hold.caseId(), union(after.values()),
                    after.size()));
        }
        return state();
    }

    private AccountHoldState state() {
        return new AccountHoldState(accountId, union(holds.values()), holds.size());
    }

    /** FULL if any hold is FULL or trading and withdrawals are both held; else the one scope held. */
    static FreezeScope union(Collection<Hold> held) {
        boolean trading = held.stream().anyMatch(h -> h.scope() != FreezeScope.WITHDRAWAL);
        boolean withdrawal = held.stream().anyMatch(h -> h.scope() != FreezeScope.TRADING);
        if (trading && withdrawal) {
            return FreezeScope.FULL;
        }
        return trading ? FreezeScope.TRADING : withdrawal ? FreezeScope.WITHDRAWAL : null;
    }

    private static void requireSystem(Actor actor) {
        Permissions.require(actor, "place or release holds on accounts", Role.SYSTEM);
    }

    @EventSourcingHandler
    void on(AccountHoldPlaced e) {
        accountId = e.accountId();
        holds.put(e.freezeId(), new Hold(e.caseId(), e.scope()));
    }

    @EventSourcingHandler
    void on(AccountHoldReleased e) {
        holds.remove(e.freezeId());
    }
}
