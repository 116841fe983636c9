package org.glassbox.query.disclosure;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.glassbox.api.disclosure.DisclosureApproved;
import org.glassbox.api.disclosure.DisclosureDraftRevised;
import org.glassbox.api.disclosure.DisclosureDrafted;
import org.glassbox.api.disclosure.DisclosurePublished;
import org.glassbox.api.disclosure.DisclosureRejected;
import org.glassbox.api.disclosure.DisclosureSubmittedForApproval;
import org.glassbox.api.disclosure.DisclosureSuperseded;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.shared.VersionedRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the disclosure tab and the approvals queue (disclosure_view, one row per disclosure) and keeps
 * every revision of a draft's text (disclosure_revision). Replays change nothing.
 */
@Component
@ProcessingGroup(DisclosureViews.PROCESSING_GROUP)
class DisclosureRegisterProjection {
    private final JdbcTemplate jdbc;
    private final VersionedRow rows;

    DisclosureRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new VersionedRow(jdbc, "disclosure_view", "disclosure_id");
    }

    @EventHandler
    void on(DisclosureDrafted e, DomainEventMessage<?> m) {
        jdbc.update("""
                INSERT INTO disclosure_view (disclosure_id, case_id, kind, supersedes, template_id, facts_json, text,
                    status, drafted_by, drafted_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) ON CONFLICT (disclosure_id) DO NOTHING""",
                e.disclosureId(), e.caseId(), e.kind().name(), e.supersedes(), e.templateId(),
                DisclosureViews.json(e.facts()), e.text(), e.draftedBy(), Timestamp.from(m.getTimestamp()),
                m.getSequenceNumber());
        revision(m, e.disclosureId(), 0, e.text(), e.draftedBy());
    }

    @EventHandler
    void on(DisclosureDraftRevised e, DomainEventMessage<?> m) {
        rows.update(e.disclosureId(), m.getSequenceNumber(), "text = ?, revision = ?", e.text(), e.revision());
        revision(m, e.disclosureId(), e.revision(), e.text(), e.revisedBy());
    }

    @EventHandler
    void on(DisclosureSubmittedForApproval e, @SequenceNumber Long seq,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.disclosureId(), seq, "status = 'SUBMITTED', submitted_by = ?, submitted_at = ?",
                e.submittedBy(), Timestamp.from(at));
    }

    @EventHandler
    void on(DisclosureApproved e, @SequenceNumber Long seq, @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        rows.update(e.disclosureId(), seq, "status = 'APPROVED', decided_by = ?, decision_reason = ?", user,
                e.reason());
    }

    @EventHandler
    void on(DisclosureRejected e, @SequenceNumber Long seq, @MetaDataValue(MetaDataKeys.USER_ID) String user) {
        rows.update(e.disclosureId(), seq, "status = 'DRAFT', decided_by = ?, decision_reason = ?", user, e.reason());
    }

    @EventHandler
    void on(DisclosurePublished e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        rows.update(e.disclosureId(), seq, "status = 'PUBLISHED', notice_reference = ?, pdf_sha256 = ?, "
                + "published_at = ?", e.noticeReference(), e.pdfSha256().hex(), Timestamp.from(at));
    }

    @EventHandler
    void on(DisclosureSuperseded e, @SequenceNumber Long seq) {
        rows.update(e.disclosureId(), seq, "superseded_by_reference = ?", e.byReference());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE disclosure_view, disclosure_revision");
    }

    private void revision(DomainEventMessage<?> m, String disclosureId, int revision, String text, String by) {
        jdbc.update("""
                INSERT INTO disclosure_revision (event_id, disclosure_id, revision, text, revised_by, revised_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                m.getIdentifier(), disclosureId, revision, text, by, Timestamp.from(m.getTimestamp()));
    }
}
