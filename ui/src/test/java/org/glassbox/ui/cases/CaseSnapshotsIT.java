package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.cases.InvestigationCase;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A long case is loaded from its latest snapshot and the events after it; the rules see the same state as
 * a replay of every event would give, and a snapshot that does not fit the case's class is passed over.
 */
class CaseSnapshotsIT extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    private FlaggedCase caseWithNotes(int notes) {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(unique("snap"), "Snapshot Markets"), List.of("UID-2001"), List.of("SNPUSDT"),
                Set.of(Behaviour.WASH_TRADING, Behaviour.SPOOFING), "a long case", Severity.HIGH,
                CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        for (int i = 1; i <= notes; i++) {
            as("investigator", new AddCaseNote(c.caseId(), "note " + i));
        }
        return c;
    }

    private List<Long> snapshotsOf(String caseId) {
        return jdbc.queryForList("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, caseId);
    }

    @Test
    void aLongCaseIsSnapshottedAndItsRulesSeeTheSameState() {
        FlaggedCase c = caseWithNotes(110);
        assertThat(snapshotsOf(c.caseId())).as("snapshots of a case of 113 events").hasSize(1);
        assertThat(jdbc.queryForMap("SELECT type, payload_revision FROM snapshot_event_entry"
                + " WHERE aggregate_identifier = ?", c.caseId())).containsEntry("payload_revision", "1")
                .as("the aggregate type the revision filter names").containsEntry("type", "InvestigationCase");

        // Loading the case starts from the snapshot, read back into the aggregate's class (not replayed past).
        var stream = eventStore.readEvents(c.caseId());
        var first = stream.next();
        assertThat(first.getPayload()).isInstanceOf(InvestigationCase.class);
        assertThat(first.getSequenceNumber()).isEqualTo(snapshotsOf(c.caseId()).get(0));
        String stored = new String(jdbc.queryForObject("SELECT payload FROM snapshot_event_entry"
                + " WHERE aggregate_identifier = ?", byte[].class, c.caseId()), StandardCharsets.UTF_8);
        assertThat(stored).contains("\"assignee\":\"investigator\"", "\"status\":\"UNDER_INVESTIGATION\"",
                "\"severity\":\"HIGH\"", "\"WASH_TRADING\":\"SUSPECTED\"", "\"accounts\":[\"UID-2001\"]");

        // Every field of the case is needed by one of these rules; each must come back from the snapshot.
        assertThatThrownBy(() -> as("supervisor", new AssignCase(c.caseId(), "investigator")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already assigned to investigator");
        assertThatThrownBy(() -> as("investigator", new ChangeSeverity(c.caseId(), Severity.HIGH, "same")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining(c.reference());
        assertThatThrownBy(() -> as("investigator", new StartInvestigation(c.caseId())))
                .isInstanceOf(RuleViolation.class);
        as("investigator", new SubstantiateAllegation(c.caseId(), Behaviour.WASH_TRADING, "self-matches"));
        assertThatThrownBy(() -> as("investigator", new SubstantiateAllegation(c.caseId(), Behaviour.WASH_TRADING,
                "again"))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> as("investigator", new ProposeClosure(c.caseId(), ClosureOutcome.SANCTIONED, "early")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("SPOOFING");
        as("investigator", new DismissAllegation(c.caseId(), Behaviour.SPOOFING, "no layering found"));
        as("investigator", new ProposeClosure(c.caseId(), ClosureOutcome.SANCTIONED, "done"));
        as("supervisor", new ApproveClosure(c.caseId(), "agreed"));
        assertThatThrownBy(() -> as("investigator", new AddCaseNote(c.caseId(), "after the closure")))
                .isInstanceOf(RuleViolation.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, c.caseId())).isEqualTo(117L);
    }

    @Test
    void aSnapshotOfAnotherRevisionIsPassedOver() {
        FlaggedCase c = caseWithNotes(3);
        // Well-formed, but of an older shape, and saying the case is closed: if it were used, the note would be
        // refused.
        storeSnapshot(c.caseId(), 5, "0", "{\"caseId\":\"" + c.caseId() + "\",\"status\":\"CLOSED\"}");

        as("investigator", new AddCaseNote(c.caseId(), "still open"));
        assertThatThrownBy(() -> as("supervisor", new AssignCase(c.caseId(), "investigator")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already assigned");
    }

    @Test
    void aSnapshotThatCannotBeReadIsPassedOverForTheEvents() {
        FlaggedCase c = caseWithNotes(3);
        storeSnapshot(c.caseId(), 5, InvestigationCase.SNAPSHOT_REVISION, "{\"status\":");

        as("investigator", new AddCaseNote(c.caseId(), "still open"));
        assertThatThrownBy(() -> as("supervisor", new AssignCase(c.caseId(), "investigator")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already assigned");
    }

    private void storeSnapshot(String caseId, long sequence, String revision, String json) {
        jdbc.update("""
                INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 'InvestigationCase', ?, '2026-01-01T00:00:00Z',
                    'org.glassbox.command.cases.InvestigationCase', ?, ?, convert_to('{}', 'UTF8'))""", caseId, sequence,
                UUID.randomUUID().toString(), revision, json.getBytes(StandardCharsets.UTF_8));
    }
}
