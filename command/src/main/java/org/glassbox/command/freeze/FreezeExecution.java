package org.glassbox.command.freeze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.AccountHoldState;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.PlaceAccountHold;
import org.glassbox.api.freeze.RecordFreezeExecution;
import org.glassbox.api.freeze.RecordFreezeFailure;
import org.glassbox.api.freeze.ReleaseAccountHold;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * Carries an approved freeze to the exchange's account system and back: places the holds on each
 * account, asks the account system to freeze (idempotency key = freeze id, so a retry after a crash
 * or restart never freezes twice), and records its confirmation or failure on the freeze. On an
 * approved lift it releases the holds and unfreezes the accounts no other freeze holds any more.
 * Its state lives in the JDBC saga store.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FreezeExecution {
    static final String ACTOR = "glassbox-freeze";

    static final String RETRY = "retry-freeze";

    private String freezeId;
    private String caseId;
    private List<String> accounts = new ArrayList<>();
    private Map<FreezeScope, List<String>> byEffectiveScope = new TreeMap<>();
    private boolean lifting;
    private List<String> freed = new ArrayList<>();
    private int attempts;

    private transient CommandGateway commands;
    private transient AccountControl accountControl;
    private transient FreezeRetryPolicy retries;
    private transient DeadlineManager deadlines;

    @Autowired
    public void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @Autowired
    public void setRetries(FreezeRetryPolicy retries) {
        this.retries = retries;
    }

    @Autowired
    public void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    public void setAccountControl(AccountControl accountControl) {
        this.accountControl = accountControl;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "freezeId")
    public void on(AccountFreezeApproved approved) {
        freezeId = approved.freezeId();
        caseId = approved.caseId();
        accounts = new ArrayList<>(approved.accounts());
        // The account system must enforce what all freezes of an account require together, not just this one.
        byEffectiveScope = new TreeMap<>();
        for (String account : accounts) {
            AccountHoldState state = send(new PlaceAccountHold(account, freezeId, caseId, approved.scope()));
            byEffectiveScope.computeIfAbsent(state.effectiveScope(), s -> new ArrayList<>()).add(account);
        }
        execute();
    }

    /** A persisted deadline (db-scheduler): fires after a restart too, on one node only. */
    @DeadlineHandler(deadlineName = RETRY)
    public void retry() {
        execute();
    }

    /** A supervisor had the escalated freeze (or lift) tried again now: a fresh round of attempts. */
    @SagaEventHandler(associationProperty = "freezeId")
    public void on(EscalatedFreezeRetried retried) {
        attempts = 0;
        execute();
    }

    /** One attempt at telling the account system; a failure is recorded and retried on a deadline. */
    private void execute() {
        attempts++;
        try {
            List<String> confirmations = lifting ? lift() : freeze();
            send(new RecordFreezeExecution(freezeId, lifting, String.join(", ", confirmations)));
        } catch (AccountControl.AccountControlFailure failure) {
            boolean last = !failure.retryable() || attempts >= retries.maxAttempts();
            send(new RecordFreezeFailure(freezeId, attempts, failure.getMessage(), last));
            if (!last) {
                deadlines.schedule(retries.delayAfter(attempts), RETRY);
            }
        }
    }

    private List<String> freeze() throws AccountControl.AccountControlFailure {
        List<String> confirmations = new ArrayList<>();
        for (Map.Entry<FreezeScope, List<String>> group : byEffectiveScope.entrySet()) {
            String key = byEffectiveScope.size() == 1 ? freezeId : freezeId + "/" + group.getKey();
            confirmations.add(accountControl.hold(key, group.getValue(), group.getKey()));
        }
        return confirmations;
    }

    @SagaEventHandler(associationProperty = "freezeId")
    public void on(FreezeLiftApproved approved) {
        lifting = true;
        attempts = 0;
        freed = new ArrayList<>();
        byEffectiveScope = new TreeMap<>();
        for (String account : accounts) {
            AccountHoldState state = send(new ReleaseAccountHold(account, freezeId));
            if (state.frozen()) {
                byEffectiveScope.computeIfAbsent(state.effectiveScope(), s -> new ArrayList<>()).add(account);
            } else {
                freed.add(account);
            }
        }
        execute();
    }

    private List<String> lift() throws AccountControl.AccountControlFailure {
        List<String> confirmations = new ArrayList<>();
        if (!freed.isEmpty()) {
            confirmations.add(accountControl.release(freezeId + "/lift", freed));
        }
        // Accounts other freezes still hold keep only what those freezes require.
        for (Map.Entry<FreezeScope, List<String>> group : byEffectiveScope.entrySet()) {
            confirmations.add(accountControl.hold(freezeId + "/lift/" + group.getKey(), group.getValue(),
                    group.getKey()));
        }
        return confirmations;
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "freezeId")
    public void on(AccountFreezeLifted lifted) {
        // The freeze has run its course.
    }

    /**
     * Sends as the system. Another node may change the same account hold at the same moment; the
     * event store refuses the second write, and sending again then sees the first.
     */
    private <R> R send(Object command) {
        for (int attempt = 1;; attempt++) {
            try {
                return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(MetaDataKeys.USER_ID, ACTOR, MetaDataKeys.USER_ROLES, Role.SYSTEM.name())));
            } catch (ConcurrencyException | CommandExecutionException e) {
                boolean concurrent = e instanceof ConcurrencyException || e.getCause() instanceof ConcurrencyException;
                if (!concurrent || attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
