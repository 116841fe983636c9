package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.ReviewAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The freeze deadlines as Axon deadlines persisted in PostgreSQL (db-scheduler), firing in the running
 * application: an urgent request left undecided (2 s under test) and a review deadline passed.
 */
class FreezeDeadlinesIT extends IntegrationTest {

    @Test
    void anUrgentRequestNobodyDecidesIsEscalatedOnTheApprovalsQueue() {
        String account = FreezeFixtures.account();
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, caseUnderInvestigation(account), List.of(account),
                FreezeScope.FULL, List.of(), "Dump in progress", Urgency.URGENT, Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') in task_data) > 0""",
                Long.class, freezeId)).as("the deadline is a row in PostgreSQL, not an in-memory timer").isEqualTo(1);

        await("the decision deadline fires", () -> recorded(freezeId, "FreezeApprovalOverdue"));
        await("the queue shows it overdue", () -> get("supervisor", "/api/v1/approvals").body()
                .matches("(?s).*\"freezeId\":\"" + freezeId + "\"[^}]*\"overdue\":true.*"));
    }

    @Test
    void aFreezePastItsReviewDeadlineShowsOnTheDashboardUntilReviewed() {
        String account = FreezeFixtures.account();
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, caseUnderInvestigation(account), List.of(account),
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
