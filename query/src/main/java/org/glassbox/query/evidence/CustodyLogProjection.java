package org.glassbox.query.evidence;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.glassbox.api.evidence.EvidenceAccessed;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceIntegrityFailed;
import org.glassbox.api.evidence.EvidenceIntegrityVerified;
import org.glassbox.api.evidence.EvidenceLinkedToAllegation;
import org.glassbox.api.evidence.EvidenceReclassified;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.EvidenceUnlinkedFromAllegation;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.MetaDataText;
import org.glassbox.query.shared.Words;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds each item's chain-of-custody log: every event of the item, worded, with who did it, in which
 * role and when. Keyed by event id, so an event handled twice is logged once.
 */
@Component
@ProcessingGroup(EvidenceViews.PROCESSING_GROUP)
class CustodyLogProjection {
    private final JdbcTemplate jdbc;

    CustodyLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EvidenceSubmitted e, DomainEventMessage<?> m) {
        log(m, "SUBMITTED", "Collected by %s at %s from %s; %s, %,d bytes, SHA-256 %s; %s".formatted(e.collectedBy(),
                Words.of(e.collectedAt()), e.sourceSystem(), e.blob().mediaType(), e.blob().size(), e.blob().sha256().hex(),
                Words.of(e.confidentiality())));
    }

    @EventHandler
    void on(EvidenceAccessed e, DomainEventMessage<?> m) {
        log(m, e.access().name(), "Purpose: " + e.purpose());
    }

    @EventHandler
    void on(EvidenceExcluded e, DomainEventMessage<?> m) {
        log(m, "EXCLUDED", "Reason: " + e.reason());
    }

    @EventHandler
    void on(EvidenceLinkedToAllegation e, DomainEventMessage<?> m) {
        log(m, "LINKED", "Supports " + Words.of(e.behaviour()) + (e.reason() == null ? "" : "; " + e.reason()));
    }

    @EventHandler
    void on(EvidenceUnlinkedFromAllegation e, DomainEventMessage<?> m) {
        log(m, "UNLINKED", "No longer supports " + Words.of(e.behaviour()) + "; " + e.reason());
    }

    @EventHandler
    void on(EvidenceReclassified e, DomainEventMessage<?> m) {
        log(m, "RECLASSIFIED", Words.of(e.from()) + " -> " + Words.of(e.to()) + "; " + e.reason());
    }

    @EventHandler
    void on(EvidenceIntegrityVerified e, DomainEventMessage<?> m) {
        log(m, "VERIFIED", "Bytes intact: SHA-256 " + e.sha256().hex() + ", " + e.size() + " bytes");
    }

    @EventHandler
    void on(EvidenceIntegrityFailed e, DomainEventMessage<?> m) {
        log(m, "INTEGRITY_FAILED", "Expected SHA-256 " + e.expected().hex() + "; " + e.problem()
                + (e.found() == null ? "" : "; found " + e.found().hex()));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE evidence_custody_entry");
    }

    private void log(DomainEventMessage<?> m, String action, String detail) {
        jdbc.update("""
                INSERT INTO evidence_custody_entry (event_id, item_id, sequence, occurred_at, actor, actor_roles, action,
                    detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                m.getIdentifier(), m.getAggregateIdentifier(), m.getSequenceNumber(),
                java.sql.Timestamp.from(m.getTimestamp()), MetaDataText.of(m, MetaDataKeys.USER_ID),
                MetaDataText.of(m, MetaDataKeys.USER_ROLES), action, detail);
    }
}
