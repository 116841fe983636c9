package org.glassbox.ui.disclosure;

import java.net.URI;
import java.util.List;

import org.glassbox.api.disclosure.ApproveDisclosure;
import org.glassbox.api.disclosure.DisclosureRevision;
import org.glassbox.api.disclosure.DisclosureSummary;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublishDisclosure;
import org.glassbox.api.disclosure.RejectDisclosure;
import org.glassbox.api.disclosure.ReviseDisclosureDraft;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.ui.security.CurrentActor;
import org.glassbox.ui.web.ReasonBodies.OptionalReasonRequest;
import org.glassbox.ui.web.ReasonBodies.ReasonRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The staff side of disclosures. Who may call what is decided by the security filter chain before a
 * request reaches this class; the aggregate checks roles, four eyes and redaction again.
 */
@RestController
class DisclosuresController {
    private final DisclosureService disclosures;

    DisclosuresController(DisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    record FiguresBody(@NotBlank @Size(max = KeyFigures.FIGURE) String period,
            @Size(max = KeyFigures.FIGURE) String volume, @Size(max = KeyFigures.FIGURE) String shareOfVolume,
            @Size(max = KeyFigures.FIGURE) String priceImpact, @Size(max = 200) String compensation,
            boolean offboarded) {
        KeyFigures figures() {
            return new KeyFigures(period, volume, shareOfVolume, priceImpact, compensation, offboarded);
        }
    }

    record TextBody(@NotNull @Size(max = ReviseDisclosureDraft.MAX_TEXT) String text) {
    }

    record CreatedDisclosure(String id) {
    }

    /** Drafts a notice from the case's facts and the figures given; 201 with its Location. */
    @PostMapping("/api/v1/cases/{caseId}/disclosures")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedDisclosure> draft(@PathVariable String caseId, @Valid @RequestBody FiguresBody body) {
        return created(disclosures.draft(CurrentActor.require(), caseId, NoticeKind.NOTICE, null, body.figures()));
    }

    @GetMapping("/api/v1/cases/{caseId}/disclosures")
    List<DisclosureSummary> ofCase(@PathVariable String caseId) {
        return disclosures.ofCase(CurrentActor.require(), caseId);
    }

    record DisclosureDetail(DisclosureSummary disclosure, List<DisclosureRevision> revisions) {
    }

    @GetMapping("/api/v1/disclosures/{id}")
    DisclosureDetail detail(@PathVariable String id) {
        return new DisclosureDetail(disclosures.require(CurrentActor.require(), id),
                disclosures.revisions(CurrentActor.require(), id));
    }

    @PostMapping("/api/v1/disclosures/{id}/revise")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revise(@PathVariable String id, @Valid @RequestBody TextBody body) {
        disclosures.send(new ReviseDisclosureDraft(id, body.text()));
    }

    @PostMapping("/api/v1/disclosures/{id}/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submit(@PathVariable String id) {
        disclosures.send(new SubmitDisclosureForApproval(id));
    }

    @PostMapping("/api/v1/disclosures/{id}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@PathVariable String id, @Valid @RequestBody(required = false) OptionalReasonRequest body) {
        disclosures.send(new ApproveDisclosure(id, body == null ? null : body.reason()));
    }

    @PostMapping("/api/v1/disclosures/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable String id, @Valid @RequestBody ReasonRequest body) {
        disclosures.send(new RejectDisclosure(id, body.reason()));
    }

    record PublishedNotice(String reference, String url) {
    }

    @PostMapping("/api/v1/disclosures/{id}/publish")
    PublishedNotice publish(@PathVariable String id) {
        String reference = disclosures.sendForResult(new PublishDisclosure(id));
        return new PublishedNotice(reference, "/public/notices/" + reference);
    }

    /** Drafts a correction of the published notice, from the case's facts as they are now. */
    @PostMapping("/api/v1/disclosures/{id}/correct")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedDisclosure> correct(@PathVariable String id, @Valid @RequestBody FiguresBody body) {
        var published = disclosures.require(CurrentActor.require(), id);
        return created(disclosures.draft(CurrentActor.require(), published.caseId(), NoticeKind.CORRECTION, id,
                body.figures()));
    }

    /** Drafts the retraction of the published notice. */
    @PostMapping("/api/v1/disclosures/{id}/retract")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedDisclosure> retract(@PathVariable String id) {
        var published = disclosures.require(CurrentActor.require(), id);
        return created(disclosures.draft(CurrentActor.require(), published.caseId(), NoticeKind.RETRACTION, id,
                published.facts().figures()));
    }

    private static ResponseEntity<CreatedDisclosure> created(String id) {
        return ResponseEntity.created(URI.create("/api/v1/disclosures/" + id)).body(new CreatedDisclosure(id));
    }
}
