package org.glassbox.query.evidence;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceIntegrityFailed;
import org.glassbox.api.evidence.EvidenceIntegrityVerified;
import org.glassbox.api.evidence.EvidenceLinkedToAllegation;
import org.glassbox.api.evidence.EvidenceReclassified;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.EvidenceUnlinkedFromAllegation;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.VersionedRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the evidence tab (table evidence_view): one row per item with its fingerprint, links,
 * exclusion and last verification. Updates apply only to a newer version, so replays change nothing.
 */
@Component
@ProcessingGroup(EvidenceViews.PROCESSING_GROUP)
class EvidenceRegisterProjection {
    private final JdbcTemplate jdbc;
    private final VersionedRow rows;

    EvidenceRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRow(jdbc, "evidence_view", "item_id");
    }

    @EventHandler
    void on(EvidenceSubmitted e, @SequenceNumber Long seq, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        jdbc.update("""
                INSERT INTO evidence_view (item_id, case_id, kind, title, description, source_system, collected_by,
                    collected_at, submitted_by, submitted_at, sha256, size, media_type, file_name, address, confidentiality,
                    allegations, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (item_id) DO NOTHING""",
                e.itemId(), e.caseId(), e.kind().name(), e.title(), e.description(), e.sourceSystem(), e.collectedBy(),
                java.sql.Timestamp.from(e.collectedAt()), user, java.sql.Timestamp.from(at), e.blob().sha256().hex(),
                e.blob().size(), e.blob().mediaType(), e.blob().fileName(), e.blob().address(), e.confidentiality().name(),
                e.allegations().stream().map(Enum::name).sorted().toArray(String[]::new), seq);
    }

    @EventHandler
    void on(EvidenceExcluded e, @SequenceNumber Long seq) {
        rows.update(e.itemId(), seq, "excluded = TRUE, excluded_reason = ?", e.reason());
    }

    @EventHandler
    void on(EvidenceLinkedToAllegation e, @SequenceNumber Long seq) {
        rows.update(e.itemId(), seq, """
                allegations = (SELECT array_agg(DISTINCT a ORDER BY a) FROM unnest(allegations || ARRAY[?::text]) a)""",
                e.behaviour().name());
    }

    @EventHandler
    void on(EvidenceUnlinkedFromAllegation e, @SequenceNumber Long seq) {
        rows.update(e.itemId(), seq, "allegations = array_remove(allegations, ?::text)", e.behaviour().name());
    }

    @EventHandler
    void on(EvidenceReclassified e, @SequenceNumber Long seq) {
        rows.update(e.itemId(), seq, "confidentiality = ?", e.to().name());
    }

    @EventHandler
    void on(EvidenceIntegrityVerified e, @SequenceNumber Long seq, @Timestamp Instant at) {
        rows.update(e.itemId(), seq, "verified_at = ?, verified_intact = TRUE, verification_problem = NULL",
                java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(EvidenceIntegrityFailed e, @SequenceNumber Long seq, @Timestamp Instant at) {
        rows.update(e.itemId(), seq, "verified_at = ?, verified_intact = FALSE, verification_problem = ?",
                java.sql.Timestamp.from(at), e.problem());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE evidence_view");
    }
}
