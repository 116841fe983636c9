package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.ReviewAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The freeze deadlines as Axon deadlines persisted in PostgreSQL (db-scheduler), firing in the running
 * application: an urgent request left undecided (2 s under test) and a review deadline passed.
 */
class FreezeDeadlinesIT extends IntegrationTest {

    private String openCase(String account) {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(unique("mm"), "Deadline Capital"), List.of(account), List.of("GPSUSDT"),
                Set.of(Behaviour.SPOOFING), "spoofing", Severity.HIGH, CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        return c.caseId();
    }

    private static String account() {
        return "UID-" + (1_000_000 + (long) (Math.random() * 8_000_000_000L));
    }

    private boolean recorded(String freezeId, String eventType) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                Long.class, freezeId, "org.glassbox.api.freeze." + eventType);
        return n != null && n > 0;
    }

    @Test
    void anUrgentRequestNobodyDecidesIsEscalatedOnTheApprovalsQueue() {
        String account = account();
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, openCase(account), List.of(account), FreezeScope.FULL,
                List.of(), "Dump in progress", Urgency.URGENT, Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') in task_data) > 0", Long.class,
                freezeId)).as("the deadline is a row in PostgreSQL, not an in-memory timer").isEqualTo(1);

        await("the decision deadline fires", () -> recorded(freezeId, "FreezeApprovalOverdue"));
        await("the queue shows it overdue", () -> get("supervisor", "/api/v1/approvals").body()
                .matches("(?s).*\"freezeId\":\"" + freezeId + "\"[^}]*\"overdue\":true.*"));
    }

    @Test
    void aFreezePastItsReviewDeadlineShowsOnTheDashboardUntilReviewed() {
        String account = account();
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, openCase(account), List.of(account),
                FreezeScope.TRADING, List.of(), "Spoofing continues", Urgency.ROUTINE, Instant.now().plusSeconds(3)));
        as("supervisor", new ApproveAccountFreeze(freezeId, null));
        await("the freeze is executed", () -> recorded(freezeId, "AccountFreezeExecuted"));
        await("the review deadline fires", () -> recorded(freezeId, "FreezeReviewOverdue"));
        await("the dashboard lists it", () -> get("supervisor", "/api/v1/freezes-needing-attention").body()
                .contains(freezeId));

        as("supervisor2", new ReviewAccountFreeze(freezeId, Instant.now().plus(30, ChronoUnit.DAYS), "still needed"));
        await("reviewed, it leaves the dashboard", () -> !get("supervisor", "/api/v1/freezes-needing-attention")
                .body().contains(freezeId));
    }
}
