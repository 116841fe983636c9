package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.glassbox.api.freeze.ApproveFreezeLift;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.RequestFreezeLift;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Freezes carried to the (simulated) exchange account system over real HTTP, and lifted again. */
class FreezeExecutionIT extends IntegrationTest {
    @Autowired
    ExchangeAccountSimulator exchange;

    private String openCase(List<String> accounts) {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(unique("mm"), "Freeze Capital"), accounts, List.of("GPSUSDT"),
                Set.of(Behaviour.POST_LISTING_DUMP), "dump", Severity.CRITICAL, CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        return c.caseId();
    }

    private String freeze(String caseId, List<String> accounts, FreezeScope scope) {
        String freezeId = UUID.randomUUID().toString();
        as("investigator", new RequestAccountFreeze(freezeId, caseId, accounts, scope,
                List.of(new HeldAmount("USDT", new BigDecimal("5000000"))), "Proceeds of the dump", Urgency.URGENT,
                Instant.now().plus(30, ChronoUnit.DAYS)));
        as("supervisor", new ApproveAccountFreeze(freezeId, null));
        return freezeId;
    }

    private boolean recorded(String freezeId, String eventType) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                Long.class, freezeId, "org.glassbox.api.freeze." + eventType);
        return n != null && n > 0;
    }

    private void lift(String freezeId) {
        as("investigator", new RequestFreezeLift(freezeId, "Users compensated"));
        as("supervisor2", new ApproveFreezeLift(freezeId, null));
        await("the lift is confirmed", () -> recorded(freezeId, "AccountFreezeLifted"));
    }

    @Test
    void anApprovedFreezeIsExecutedOnceWithItsConfirmationStored() {
        String account = "UID-" + (100000 + (int) (Math.random() * 800000));
        String freezeId = freeze(openCase(List.of(account)), List.of(account), FreezeScope.FULL);
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
        String account = "UID-" + (100000 + (int) (Math.random() * 800000));
        String caseId = openCase(List.of(account));
        exchange.failNext(4, 503);
        String freezeId = freeze(caseId, List.of(account), FreezeScope.FULL);
        await("the first attempt's failure is recorded", () -> recorded(freezeId, "AccountFreezeFailed"));
        await("the retry on the deadline executes it", () -> recorded(freezeId, "AccountFreezeExecuted"));
        assertThat(exchange.received(freezeId)).as("3 quick attempts, then 2 on the retry").isEqualTo(5);
        assertThat(exchange.applied(freezeId)).isEqualTo(1);
    }

    @Test
    void aServiceThatTimesOutIsTriedAgainUntilItAnswers() {
        String account = "UID-" + (100000 + (int) (Math.random() * 800000));
        String caseId = openCase(List.of(account));
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
        String account = "UID-" + (100000 + (int) (Math.random() * 800000));
        String first = freeze(openCase(List.of(account)), List.of(account), FreezeScope.TRADING);
        String second = freeze(openCase(List.of(account)), List.of(account), FreezeScope.WITHDRAWAL);
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
