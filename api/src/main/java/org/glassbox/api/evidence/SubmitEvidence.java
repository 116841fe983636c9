package org.glassbox.api.evidence;

import java.time.Instant;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Limits;

/**
 * Records an evidence item whose bytes are already in the blob store under their digest. The web layer
 * streams the upload into the store first (digest, size and media type measured from the bytes), so
 * this command only ever carries what was measured, never what a client claimed. Market data carries the
 * profile its strict reading gave; nothing else does.
 */
public record SubmitEvidence(
        @TargetAggregateIdentifier String itemId,
        String caseId,
        EvidenceKind kind,
        String title,
        String description,
        String sourceSystem,
        String collectedBy,
        Instant collectedAt,
        Confidentiality confidentiality,
        Set<Behaviour> allegations,
        StoredBlob blob,
        MarketDataProfile profile) {

    /** An item that is not market data. */
    public SubmitEvidence(String itemId, String caseId, EvidenceKind kind, String title, String description,
            String sourceSystem, String collectedBy, Instant collectedAt, Confidentiality confidentiality,
            Set<Behaviour> allegations, StoredBlob blob) {
        this(itemId, caseId, kind, title, description, sourceSystem, collectedBy, collectedAt, confidentiality,
                allegations, blob, null);
    }

    public SubmitEvidence {
        Checks.text("itemId", itemId, Limits.ID);
        Checks.text("caseId", caseId, Limits.ID);
        Checks.present("kind", kind);
        title = Checks.text("title", title, Limits.NAME).strip();
        description = Checks.optionalText("description", description, Limits.SUMMARY);
        sourceSystem = Checks.text("sourceSystem", sourceSystem, Limits.NAME).strip();
        collectedBy = Checks.text("collectedBy", collectedBy, Limits.NAME).strip();
        Checks.present("collectedAt", collectedAt);
        Checks.present("confidentiality", confidentiality);
        allegations = allegations == null ? Set.of() : Set.copyOf(allegations);
        Checks.present("blob", blob);
        if (blob.size() <= 0) {
            throw new InvalidField("file", "is empty");
        }
        if (kind.isMarketData() && profile == null) {
            throw new InvalidField("file", "is market data (" + kind + ") but was not read as such");
        }
        if (!kind.isMarketData() && profile != null) {
            throw new InvalidField("kind", kind + " is not market data");
        }
    }
}
