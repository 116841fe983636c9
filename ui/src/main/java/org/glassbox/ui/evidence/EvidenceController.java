package org.glassbox.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.CustodyEntry;
import org.glassbox.api.evidence.EvidenceAccess;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSummary;
import org.glassbox.api.evidence.ExcludeEvidence;
import org.glassbox.api.evidence.LinkEvidenceToAllegation;
import org.glassbox.api.evidence.ReclassifyEvidence;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.evidence.UnlinkEvidenceFromAllegation;
import org.glassbox.api.evidence.VerifyEvidence;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Limits;
import org.glassbox.ui.security.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The evidence API of a case. Access by role is decided in the security filter chain; which items a
 * reader sees, and whether bytes may be served, by EvidenceService and the item aggregate.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/evidence")
class EvidenceController {
    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** Multipart: one or more {@code file} parts with the metadata as form fields. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<List<SubmittedEvidence>> submit(@PathVariable String caseId,
            @RequestParam("file") List<MultipartFile> files,
            @RequestParam EvidenceKind kind,
            @RequestParam @NotBlank @Size(max = Limits.NAME) String title,
            @RequestParam(required = false) @Size(max = Limits.SUMMARY) String description,
            @RequestParam @NotBlank @Size(max = Limits.NAME) String sourceSystem,
            @RequestParam @NotBlank @Size(max = Limits.NAME) String collectedBy,
            @RequestParam Instant collectedAt,
            @RequestParam Confidentiality confidentiality,
            @RequestParam(required = false) Set<Behaviour> allegations) throws IOException {
        List<EvidenceService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            uploads.add(file instanceof SpooledFile spooled
                    ? EvidenceService.Upload.spooled(file.getOriginalFilename(), spooled.spooled())
                    : new EvidenceService.Upload(file.getOriginalFilename(), file.getInputStream()));
        }
        try {
            List<SubmittedEvidence> submitted = evidence.submit(CurrentActor.require(), caseId,
                    new EvidenceService.Metadata(kind, title, description, sourceSystem, collectedBy, collectedAt,
                            confidentiality, allegations == null ? Set.of() : allegations), uploads);
            return ResponseEntity.status(HttpStatus.CREATED).body(submitted);
        } finally {
            for (EvidenceService.Upload upload : uploads) {
                if (upload.content() != null) {
                    upload.content().close();
                }
            }
        }
    }

    @GetMapping
    List<EvidenceSummary> list(@PathVariable String caseId) {
        return evidence.list(CurrentActor.require(), caseId);
    }

    record ItemWithCustody(EvidenceSummary item, List<CustodyEntry> custody) {
    }

    @GetMapping("/{itemId}")
    ItemWithCustody item(@PathVariable String caseId, @PathVariable String itemId) {
        var actor = CurrentActor.require();
        return new ItemWithCustody(evidence.item(actor, caseId, itemId), evidence.custody(actor, caseId, itemId));
    }

    /** The bytes, after recording who reads them and why; the purpose is required. */
    @GetMapping("/{itemId}/content")
    ResponseEntity<StreamingResponseBody> content(@PathVariable String caseId, @PathVariable String itemId,
            @RequestParam @NotBlank @Size(max = Limits.REASON) String purpose,
            @RequestParam(defaultValue = "DOWNLOAD") EvidenceAccess access) throws IOException {
        var actor = CurrentActor.require();
        EvidenceSummary item = evidence.item(actor, caseId, itemId);
        InputStream bytes = evidence.open(actor, caseId, itemId, access, purpose);
        StreamingResponseBody body = out -> {
            try (bytes) {
                bytes.transferTo(out);
            }
        };
        boolean inline = access == EvidenceAccess.PREVIEW && EvidenceDownloads.showable(item.mediaType());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(EvidenceDownloads.servedType(item.mediaType())))
                .contentLength(item.size())
                .header("Content-Security-Policy", EvidenceDownloads.POLICY)
                .header("X-Item-Media-Type", item.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                        .filename(item.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", item.sha256().hex())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    record ReasonBody(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    record LinkBody(@NotNull Behaviour behaviour, @Size(max = Limits.REASON) String reason) {
    }

    record UnlinkBody(@NotNull Behaviour behaviour, @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    record ReclassifyBody(@NotNull Confidentiality confidentiality, @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @PostMapping("/{itemId}/exclude")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void exclude(@PathVariable String caseId, @PathVariable String itemId, @Valid @RequestBody ReasonBody body) {
        evidence.item(CurrentActor.require(), caseId, itemId);
        evidence.send(new ExcludeEvidence(itemId, body.reason()));
    }

    @PostMapping("/{itemId}/link-allegation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void link(@PathVariable String caseId, @PathVariable String itemId, @Valid @RequestBody LinkBody body) {
        evidence.item(CurrentActor.require(), caseId, itemId);
        evidence.send(new LinkEvidenceToAllegation(itemId, body.behaviour(), body.reason()));
    }

    @PostMapping("/{itemId}/unlink-allegation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable String caseId, @PathVariable String itemId, @Valid @RequestBody UnlinkBody body) {
        evidence.item(CurrentActor.require(), caseId, itemId);
        evidence.send(new UnlinkEvidenceFromAllegation(itemId, body.behaviour(), body.reason()));
    }

    @PostMapping("/{itemId}/reclassify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reclassify(@PathVariable String caseId, @PathVariable String itemId,
            @Valid @RequestBody ReclassifyBody body) {
        evidence.item(CurrentActor.require(), caseId, itemId);
        evidence.send(new ReclassifyEvidence(itemId, body.confidentiality(), body.reason()));
    }

    @PostMapping("/{itemId}/verify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verify(@PathVariable String caseId, @PathVariable String itemId) {
        evidence.item(CurrentActor.require(), caseId, itemId);
        evidence.send(new VerifyEvidence(itemId));
    }
}
