package org.glassbox.command.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.disclosure.PublishDisclosure;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.shared.Actor;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.command.shared.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Publishes an approved notice: numbers it, renders its PDF, stores the bytes and records their
 * SHA-256, and marks the notice it corrects or retracts as superseded, all in one transaction. The
 * PDF goes to the same content-addressed, write-once store as evidence.
 */
@Component
public class DisclosurePublishing {
    private final Repository<Disclosure> disclosures;
    private final NoticeRenderer renderer;
    private final NoticeReferences references;
    private final BlobStore notices;
    private final CaseFacts cases;
    private final StaffDirectory staff;
    private final PublicAddress publicAddress;

    public DisclosurePublishing(Repository<Disclosure> disclosures, NoticeRenderer renderer,
            NoticeReferences references, BlobStore notices, CaseFacts cases, StaffDirectory staff,
            PublicAddress publicAddress) {
        this.disclosures = disclosures;
        this.renderer = renderer;
        this.references = references;
        this.notices = notices;
        this.cases = cases;
        this.staff = staff;
        this.publicAddress = publicAddress;
    }

    @CommandHandler
    public String handle(PublishDisclosure command, Actor actor) {
        String publicBase = publicAddress.base().orElseThrow(() -> new RuleViolation("public-address-missing",
                "Notices cannot be published yet: the address of the public registry is not set, and a published "
                        + "notice prints it for good. An administrator sets glassbox.public.base-url "
                        + "(GLASSBOX_PUBLIC_BASE_URL), for example https://notices.exchange.example"));
        var disclosure = disclosures.load(command.disclosureId());
        Disclosure.Publication content = disclosure.invoke(d -> d.publication(actor, cases, staff));
        String reference = cases.of(content.caseId()).orElseThrow().reference() + "-N"
                + references.next(content.caseId());
        String supersedesReference = content.supersedes() == null ? null
                : disclosures.load(content.supersedes()).invoke(old -> old.supersede(content.disclosureId(), reference,
                        content.kind()));
        byte[] pdf = renderer.render(new NoticeRenderer.Notice(reference, content, supersedesReference,
                publicBase + "/public/notices/" + reference));
        Sha256 digest = Sha256.of(sha256(pdf));
        String address;
        try {
            Path file = Files.createTempFile("notice-", ".pdf");
            try {
                Files.write(file, pdf);
                address = notices.put(digest, pdf.length, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The notice's PDF could not be stored", e);
        }
        disclosure.execute(d -> d.publish(reference, supersedesReference, digest, pdf.length, address));
        return reference;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
