package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.ApproveFreezeLift;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.RequestFreezeLift;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Freezes carried to the (simulated) exchange account system over real HTTP, and lifted again. */
class FreezeExecutionIT extends IntegrationTest {
    @Autowired
    ExchangeAccountSimulator exchange;

    private String freeze(String caseId, List<String> accounts, FreezeScope scope) {
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, caseId, accounts, scope,
                List.of(new HeldAmount("USDT", new BigDecimal("5000000"))), "Proceeds of the dump", Urgency.URGENT,
                Instant.now().plus(30, ChronoUnit.DAYS)));
        as("supervisor", new ApproveAccountFreeze(freezeId, null));
        return freezeId;
    }

    private void lift(String freezeId) {
        as("investigator", new RequestFreezeLift(freezeId, "Users compensated"));
        as("supervisor2", new ApproveFreezeLift(freezeId, null));
        await("the lift is confirmed", () -> recorded(freezeId, "AccountFreezeLifted"));
    }

    @Test
    void anApprovedFreezeIsExecutedOnceWithItsConfirmationStored() {
        String account = FreezeFixtures.account();
        String freezeId = freeze(caseUnderInvestigation(account), List.of(account), FreezeScope.FULL);
        await("the freeze is executed", () -> recorded(freezeId, "AccountFreezeExecuted"));
        assertThat(exchange.applied(freezeId)).isEqualTo(1);
        assertThat(exchange.frozenScope(account)).isEqualTo("FULL");
        String payload = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = 'org.glassbox.api.freeze.AccountFreezeExecuted'""",
                String.class, freezeId);
        assertThat(payload).contains("\"confirmationReference\":\"ACS-");
    }

    @Test
    void aServiceFailingBeyondTheQuickRetriesIsTriedAgainOnAPersistedDeadline() {
        String account = FreezeFixtures.account();
        String caseId = caseUnderInvestigation(account);
        exchange.failNext(4, 503);
        String freezeId = freeze(caseId, List.of(account), FreezeScope.FULL);
        await("the first attempt's failure is recorded", () -> recorded(freezeId, "AccountFreezeFailed"));
        await("the retry on the deadline executes it", () -> recorded(freezeId, "AccountFreezeExecuted"));
        assertThat(exchange.received(freezeId)).as("3 quick attempts, then 2 on the retry").isEqualTo(5);
        assertThat(exchange.applied(freezeId)).isEqualTo(1);
    }

    @Test
    void aServiceThatTimesOutIsTriedAgainUntilItAnswers() {
        String account = FreezeFixtures.account();
        String caseId = caseUnderInvestigation(account);
        exchange.delay(java.time.Duration.ofMillis(1500));
        try {
            String freezeId = freeze(caseId, List.of(account), FreezeScope.TRADING);
            await("the time-out is recorded", () -> recorded(freezeId, "AccountFreezeFailed"));
            exchange.delay(java.time.Duration.ZERO);
            await("a later attempt executes it", () -> recorded(freezeId, "AccountFreezeExecuted"));
            assertThat(exchange.applied(freezeId)).isEqualTo(1);
            assertThat(exchange.frozenScope(account)).isEqualTo("TRADING");
        } finally {
            exchange.reset();
        }
    }

    @Test
    void anAccountFrozenByTwoCasesStaysFrozenUntilBothLift() {
        String account = FreezeFixtures.account();
        String first = freeze(caseUnderInvestigation(account), List.of(account), FreezeScope.TRADING);
        String second = freeze(caseUnderInvestigation(account), List.of(account), FreezeScope.WITHDRAWAL);
        await("both freezes are executed", () -> recorded(first, "AccountFreezeExecuted")
                && recorded(second, "AccountFreezeExecuted"));

        assertThat(exchange.frozenScope(account)).as("trading and withdrawals held: the account system enforces FULL")
                .isEqualTo("FULL");
        lift(first);
        assertThat(exchange.frozenScope(account)).as("still held by the second case, for withdrawals only")
                .isEqualTo("WITHDRAWAL");
        lift(second);
        assertThat(exchange.frozenScope(account)).as("free once both lifted").isNull();
    }
}
