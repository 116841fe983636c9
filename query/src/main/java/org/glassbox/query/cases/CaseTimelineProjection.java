package org.glassbox.query.cases;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.glassbox.api.cases.AllegationDismissed;
import org.glassbox.api.cases.AllegationSubstantiated;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseNoteAdded;
import org.glassbox.api.cases.CaseReopened;
import org.glassbox.api.cases.ClosureApproved;
import org.glassbox.api.cases.ClosureProposed;
import org.glassbox.api.cases.ClosureRejected;
import org.glassbox.api.cases.InvestigationStarted;
import org.glassbox.api.cases.SeverityChanged;
import org.glassbox.query.shared.BatchedWrites;
import org.glassbox.query.shared.MetaDataText;
import org.glassbox.query.shared.EventSentences;
import org.glassbox.api.shared.MetaDataKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the case timeline: one row per event of a case, worded for a person (by {@link EventSentences},
 * as the replay words it), with who did it, in which role, when and why. Keyed by event id, so an event
 * handled twice is stored once.
 */
@Component
@ProcessingGroup(CaseViews.PROCESSING_GROUP)
class CaseTimelineProjection {
    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    CaseTimelineProjection(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(CaseFlagged e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(CaseAssigned e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(InvestigationStarted e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(CaseNoteAdded e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(SeverityChanged e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(AllegationSubstantiated e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(AllegationDismissed e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(ClosureProposed e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(ClosureApproved e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(ClosureRejected e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @EventHandler
    void on(CaseReopened e, DomainEventMessage<?> m) {
        record(m, EventSentences.sentence(e));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE case_timeline_entry");
    }

    private void record(DomainEventMessage<?> m, String description) {
        Instant at = m.getTimestamp();
        writes.update(m.getAggregateIdentifier(), """
                INSERT INTO case_timeline_entry (event_id, case_id, sequence, occurred_at, event_type, actor,
                    actor_roles, description, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                m.getIdentifier(), m.getAggregateIdentifier(), m.getSequenceNumber(), java.sql.Timestamp.from(at),
                m.getPayloadType().getSimpleName(), MetaDataText.of(m, MetaDataKeys.USER_ID),
                MetaDataText.of(m, MetaDataKeys.USER_ROLES), description, MetaDataText.of(m, MetaDataKeys.REASON));
    }
}
