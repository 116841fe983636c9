package org.glassbox.ui.freeze;

import java.net.URI;
import java.util.List;

import org.glassbox.api.approvals.ApprovalRequest;
import org.glassbox.api.freeze.AccountFreezeStatus;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.ApproveFreezeLift;
import org.glassbox.api.freeze.FreezeHistoryEntry;
import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RejectAccountFreeze;
import org.glassbox.api.freeze.RejectFreezeLift;
import org.glassbox.api.freeze.RequestFreezeLift;
import org.glassbox.api.freeze.RetryEscalatedFreeze;
import org.glassbox.api.freeze.ReviewAccountFreeze;
import org.glassbox.ui.web.ReasonBodies.OptionalReasonRequest;
import org.glassbox.ui.web.ReasonBodies.ReasonRequest;
import org.glassbox.ui.freeze.FreezeRequests.RequestFreezeBody;
import org.glassbox.ui.freeze.FreezeRequests.ReviewBody;
import org.glassbox.ui.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The freeze API. Who may call what is decided by the security filter chain (SecurityConfiguration)
 * before a request reaches this class; the aggregates check roles and four eyes again.
 */
@RestController
class FreezesController {
    private final FreezeService freezes;

    FreezesController(FreezeService freezes) {
        this.freezes = freezes;
    }

    /** Asks for a freeze; answers 201 with its Location and {@code {id}}. */
    @PostMapping("/api/v1/cases/{caseId}/freezes")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedFreeze> request(@PathVariable String caseId, @Valid @RequestBody RequestFreezeBody body) {
        String id = freezes.request(caseId, new FreezeService.Request(body.accounts(), body.scope(),
                body.amounts() == null ? List.of()
                        : body.amounts().stream().map(a -> new HeldAmount(a.asset(), a.amount())).toList(),
                body.justification(), body.urgency(), body.reviewBy()));
        return ResponseEntity.created(URI.create("/api/v1/freezes/" + id)).body(new CreatedFreeze(id));
    }

    record CreatedFreeze(String id) {
    }

    @GetMapping("/api/v1/cases/{caseId}/freezes")
    List<FreezeSummary> ofCase(@PathVariable String caseId) {
        return freezes.ofCase(CurrentActor.require(), caseId);
    }

    /** The freeze with its worded history. */
    @GetMapping("/api/v1/freezes/{freezeId}")
    FreezeDetail detail(@PathVariable String freezeId) {
        return new FreezeDetail(freezes.require(CurrentActor.require(), freezeId),
                freezes.history(CurrentActor.require(), freezeId));
    }

    record FreezeDetail(FreezeSummary freeze, List<FreezeHistoryEntry> history) {
    }

    @PostMapping("/api/v1/freezes/{freezeId}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@PathVariable String freezeId, @Valid @RequestBody(required = false) OptionalReasonRequest body) {
        freezes.send(new ApproveAccountFreeze(freezeId, body == null ? null : body.reason()));
    }

    @PostMapping("/api/v1/freezes/{freezeId}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable String freezeId, @Valid @RequestBody ReasonRequest body) {
        freezes.send(new RejectAccountFreeze(freezeId, body.reason()));
    }

    @PostMapping("/api/v1/freezes/{freezeId}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable String freezeId, @Valid @RequestBody ReviewBody body) {
        freezes.send(new ReviewAccountFreeze(freezeId, body.nextReviewBy(), body.reason()));
    }

    @PostMapping("/api/v1/freezes/{freezeId}/request-lift")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void requestLift(@PathVariable String freezeId, @Valid @RequestBody ReasonRequest body) {
        freezes.send(new RequestFreezeLift(freezeId, body.reason()));
    }

    @PostMapping("/api/v1/freezes/{freezeId}/approve-lift")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approveLift(@PathVariable String freezeId, @Valid @RequestBody(required = false) OptionalReasonRequest body) {
        freezes.send(new ApproveFreezeLift(freezeId, body == null ? null : body.reason()));
    }

    @PostMapping("/api/v1/freezes/{freezeId}/reject-lift")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rejectLift(@PathVariable String freezeId, @Valid @RequestBody ReasonRequest body) {
        freezes.send(new RejectFreezeLift(freezeId, body.reason()));
    }

    /**
     * An escalated freeze (or lift) tried again now, by a supervisor other than whoever asked for it. To give
     * up on an escalated freeze instead, request its lift: that withdraws it, once a second supervisor approves.
     */
    @PostMapping("/api/v1/freezes/{freezeId}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retry(@PathVariable String freezeId, @Valid @RequestBody ReasonRequest body) {
        freezes.send(new RetryEscalatedFreeze(freezeId, body.reason()));
    }

    @GetMapping("/api/v1/accounts/{accountId}/freeze-status")
    AccountFreezeStatus accountStatus(@PathVariable String accountId) {
        return freezes.account(CurrentActor.require(), accountId);
    }

    /** The supervisor's queue: freezes, lifts and closures waiting for a second person, oldest first. */
    @GetMapping("/api/v1/approvals")
    List<ApprovalRequest> approvals() {
        return freezes.pendingApprovals(CurrentActor.require());
    }

    /** Freezes past their review deadline or escalated after failing at the account system. */
    @GetMapping("/api/v1/freezes-needing-attention")
    List<FreezeSummary> needingAttention() {
        return freezes.needingAttention(CurrentActor.require());
    }
}
