package org.glassbox.ui.cases;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseCursor;
import org.glassbox.api.cases.CaseDetail;
import org.glassbox.api.cases.CaseFilter;
import org.glassbox.api.cases.CasePage;
import org.glassbox.api.cases.CaseSort;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.FindCases;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.RejectClosure;
import org.glassbox.api.cases.ReopenCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.cases.TimelineEntry;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.ui.cases.CaseRequests.AllegationRequest;
import org.glassbox.ui.cases.CaseRequests.AssignRequest;
import org.glassbox.ui.cases.CaseRequests.FlagCaseRequest;
import org.glassbox.ui.cases.CaseRequests.NoteRequest;
import org.glassbox.ui.web.ReasonBodies.OptionalReasonRequest;
import org.glassbox.ui.cases.CaseRequests.ProposeClosureRequest;
import org.glassbox.ui.web.ReasonBodies.ReasonRequest;
import org.glassbox.ui.cases.CaseRequests.SeverityRequest;
import org.glassbox.ui.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The case API. Who may call what is decided by the security filter chain (SecurityConfiguration)
 * before a request reaches this class; the aggregate checks again when the command arrives.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CasesController {
    private final CaseService cases;

    CasesController(CaseService cases) {
        this.cases = cases;
    }

    /** Opens a case; answers 201 with its Location and {@code {id, reference}}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedCase> flag(@Valid @RequestBody FlagCaseRequest body) {
        FlaggedCase flagged = cases.flag(new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(body.marketMaker().id(), body.marketMaker().name()), body.accounts(), body.symbols(),
                body.behaviours(), body.summary(), body.severity(),
                new CaseSource(body.source().kind(), body.source().alertId(), body.source().reportedBy())));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + flagged.caseId()))
                .body(new CreatedCase(flagged.caseId(), flagged.reference()));
    }

    record CreatedCase(String id, String reference) {
    }

    @GetMapping
    CasePage list(@RequestParam(required = false) Set<CaseStatus> status,
            @RequestParam(required = false) @Size(max = 64) String marketMaker,
            @RequestParam(required = false) @Size(max = 32) String symbol,
            @RequestParam(required = false) Behaviour behaviour,
            @RequestParam(required = false) @Size(max = 64) String assignee,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "NEWEST_FIRST") CaseSort sort,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(FindCases.MAX_LIMIT) int limit,
            @RequestParam(required = false) @Size(max = 400) String after) {
        return cases.find(CurrentActor.require(), new CaseFilter(status, marketMaker, symbol, behaviour, assignee, q),
                sort, offset, limit, after == null ? null : CaseCursor.decode(after));
    }

    @GetMapping("/{id}")
    CaseDetail detail(@PathVariable String id) {
        return cases.require(CurrentActor.require(), id);
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return cases.timeline(CurrentActor.require(), id);
    }

    @PostMapping("/{id}/assign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String id, @Valid @RequestBody AssignRequest body) {
        cases.send(new AssignCase(id, body.investigator()));
    }

    @PostMapping("/{id}/start-investigation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void startInvestigation(@PathVariable String id) {
        cases.send(new StartInvestigation(id));
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addNote(@PathVariable String id, @Valid @RequestBody NoteRequest body) {
        cases.send(new AddCaseNote(id, body.text()));
    }

    @PostMapping("/{id}/severity")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeSeverity(@PathVariable String id, @Valid @RequestBody SeverityRequest body) {
        cases.send(new ChangeSeverity(id, body.severity(), body.reason()));
    }

    @PostMapping("/{id}/substantiate-allegation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void substantiate(@PathVariable String id, @Valid @RequestBody AllegationRequest body) {
        cases.send(new SubstantiateAllegation(id, body.behaviour(), body.reason()));
    }

    @PostMapping("/{id}/dismiss-allegation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable String id, @Valid @RequestBody AllegationRequest body) {
        cases.send(new DismissAllegation(id, body.behaviour(), body.reason()));
    }

    @PostMapping("/{id}/propose-closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void proposeClosure(@PathVariable String id, @Valid @RequestBody ProposeClosureRequest body) {
        cases.send(new ProposeClosure(id, body.outcome(), body.reason()));
    }

    @PostMapping("/{id}/approve-closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approveClosure(@PathVariable String id, @Valid @RequestBody(required = false) OptionalReasonRequest body) {
        cases.send(new ApproveClosure(id, body == null ? null : body.reason()));
    }

    @PostMapping("/{id}/reject-closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rejectClosure(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        cases.send(new RejectClosure(id, body.reason()));
    }

    @PostMapping("/{id}/reopen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reopen(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        cases.send(new ReopenCase(id, body.reason()));
    }
}
