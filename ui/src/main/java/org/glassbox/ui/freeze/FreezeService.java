package org.glassbox.ui.freeze;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.approvals.ApprovalRequest;
import org.glassbox.api.approvals.FindPendingApprovals;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.freeze.AccountFreezeStatus;
import org.glassbox.api.freeze.FindAccountFreezeStatus;
import org.glassbox.api.freeze.FindCaseFreezes;
import org.glassbox.api.freeze.FindFreeze;
import org.glassbox.api.freeze.FindFreezeHistory;
import org.glassbox.api.freeze.FindFreezesNeedingAttention;
import org.glassbox.api.freeze.FreezeHistoryEntry;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.web.NotFound;
import org.glassbox.ui.web.ReadSide;
import org.springframework.stereotype.Service;

/**
 * What the freeze API and views share: requesting freezes and reading the freeze views with the
 * reader's rights. Freezes are internal: investigators, supervisors and auditors read them;
 * communications staff do not.
 */
@Service
public class FreezeService {
    private final CaseService cases;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    FreezeService(CaseService cases, CommandGateway commands, QueryGateway queries, Clock clock) {
        this.cases = cases;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** What a requester fills in; the command checks each field. */
    public record Request(List<String> accounts, FreezeScope scope, List<HeldAmount> amounts, String justification,
            Urgency urgency, Instant reviewBy) {
    }

    /** Asks for a freeze of the case's accounts; answers the new freeze's id. */
    public String request(String caseId, Request request) {
        return commands.sendAndWait(new RequestAccountFreeze(UUID.randomUUID().toString(), caseId, request.accounts(),
                request.scope(), request.amounts(), request.justification(), request.urgency(), request.reviewBy()));
    }

    public void send(Object command) {
        commands.sendAndWait(command);
    }

    /** Whether the actor may ask for a freeze on this case now; the command handler decides again. */
    public boolean mayRequest(Actor actor, CaseDetail c) {
        return actor.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR) && c.status() != CaseStatus.CLOSED
                && (actor.has(Role.SUPERVISOR) || actor.userId().equals(c.assignee()));
    }

    public List<FreezeSummary> ofCase(Actor reader, String caseId) {
        requireReader(reader);
        cases.require(reader, caseId);
        return queries.query(new FindCaseFreezes(caseId, clock.instant()),
                ResponseTypes.multipleInstancesOf(FreezeSummary.class)).join();
    }

    public FreezeSummary require(Actor reader, String freezeId) {
        requireReader(reader);
        return find(freezeId).orElseThrow(() -> new NotFound("No freeze " + freezeId));
    }

    private Optional<FreezeSummary> find(String freezeId) {
        return queries.query(new FindFreeze(freezeId, clock.instant()),
                ResponseTypes.optionalInstanceOf(FreezeSummary.class)).join();
    }

    public List<FreezeHistoryEntry> history(Actor reader, String freezeId) {
        require(reader, freezeId);
        return queries.query(new FindFreezeHistory(freezeId),
                ResponseTypes.multipleInstancesOf(FreezeHistoryEntry.class)).join();
    }

    public AccountFreezeStatus account(Actor reader, String accountId) {
        requireReader(reader);
        return queries.query(new FindAccountFreezeStatus(accountId), AccountFreezeStatus.class).join();
    }

    public List<ApprovalRequest> pendingApprovals(Actor reader) {
        requireSupervisor(reader);
        return queries.query(new FindPendingApprovals(), ResponseTypes.multipleInstancesOf(ApprovalRequest.class))
                .join();
    }

    public List<FreezeSummary> needingAttention(Actor reader) {
        requireSupervisor(reader);
        return queries.query(new FindFreezesNeedingAttention(clock.instant()),
                ResponseTypes.multipleInstancesOf(FreezeSummary.class)).join();
    }

    /** Waits (up to the timeout) until the freeze views show the freeze above the given version (-1: new). */
    public Optional<FreezeSummary> awaitNewerThan(Actor reader, String freezeId, long version, long timeoutMillis) {
        return await(reader, freezeId, f -> f.version() > version, timeoutMillis);
    }

    /** Waits (up to the timeout) until the freeze reaches one of the given states; answers the last seen. */
    public Optional<FreezeSummary> awaitStatus(Actor reader, String freezeId, long timeoutMillis,
            FreezeStatus... states) {
        return await(reader, freezeId, f -> List.of(states).contains(f.status()), timeoutMillis);
    }

    private Optional<FreezeSummary> await(Actor reader, String freezeId, Predicate<FreezeSummary> until,
            long timeoutMillis) {
        requireReader(reader);
        AtomicReference<Optional<FreezeSummary>> latest = new AtomicReference<>(Optional.empty());
        ReadSide.awaitUntil(() -> {
            latest.set(find(freezeId));
            return latest.get().map(until::test).orElse(false);
        }, timeoutMillis);
        return latest.get();
    }

    private static void requireReader(Actor reader) {
        if (!reader.hasAny(Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new NotPermitted("Freezes are read by investigators, supervisors and auditors only");
        }
    }

    private static void requireSupervisor(Actor reader) {
        if (!reader.has(Role.SUPERVISOR)) {
            throw new NotPermitted("The approvals queue is for supervisors");
        }
    }
}
