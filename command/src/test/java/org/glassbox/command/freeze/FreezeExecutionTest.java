package org.glassbox.command.freeze;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.saga.SagaTestFixture;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountHoldState;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.PlaceAccountHold;
import org.glassbox.api.freeze.RecordFreezeExecution;
import org.glassbox.api.freeze.RecordFreezeFailure;
import org.glassbox.api.freeze.ReleaseAccountHold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The freeze orchestration: holds, the account system's answer, lifts that free only unheld accounts. */
class FreezeExecutionTest {
    static final List<String> ACCOUNTS = List.of("UID-100234", "UID-100235");
    static final AccountFreezeApproved APPROVED = new AccountFreezeApproved("f-1", "case-1", ACCOUNTS,
            FreezeScope.FULL, null);

    SagaTestFixture<FreezeExecution> fixture;
    final List<String> calls = new ArrayList<>();
    String failWith;
    boolean retryable = true;
    List<String> stillHeld = List.of();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(FreezeExecution.class);
        fixture.registerResource(new FreezeRetryPolicy(java.time.Duration.ofSeconds(30), 3));
        fixture.registerResource(new AccountControl() {
            @Override
            public String hold(String key, List<String> accounts, FreezeScope scope) throws AccountControlFailure {
                calls.add("hold " + key + " " + accounts + " " + scope);
                if (failWith != null) {
                    throw new AccountControlFailure(failWith, retryable, null);
                }
                return "ACS-1";
            }

            @Override
            public String release(String key, List<String> accounts) throws AccountControlFailure {
                calls.add("release " + key + " " + accounts);
                if (failWith != null) {
                    throw new AccountControlFailure(failWith, retryable, null);
                }
                return "ACS-2";
            }
        });
        fixture.setCallbackBehavior((payload, metaData) -> payload instanceof ReleaseAccountHold r
                ? new AccountHoldState(r.accountId(), stillHeld.contains(r.accountId()) ? FreezeScope.TRADING : null,
                        stillHeld.contains(r.accountId()) ? 1 : 0)
                : payload instanceof PlaceAccountHold p ? new AccountHoldState(p.accountId(), p.scope(), 1) : null);
    }

    @Test
    void anApprovedFreezeIsHeldExecutedAndConfirmed() {
        fixture.givenNoPriorActivity().whenPublishingA(APPROVED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(new PlaceAccountHold("UID-100234", "f-1", "case-1", FreezeScope.FULL),
                        new PlaceAccountHold("UID-100235", "f-1", "case-1", FreezeScope.FULL),
                        new RecordFreezeExecution("f-1", false, "ACS-1"));
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("hold f-1 " + ACCOUNTS + " FULL");
    }

    @Test
    void aPassingFailureIsRecordedAndRetriedOnADeadline() {
        failWith = "HTTP 503";
        fixture.givenNoPriorActivity().whenPublishingA(APPROVED)
                .expectDispatchedCommands(new PlaceAccountHold("UID-100234", "f-1", "case-1", FreezeScope.FULL),
                        new PlaceAccountHold("UID-100235", "f-1", "case-1", FreezeScope.FULL),
                        new RecordFreezeFailure("f-1", 1, "HTTP 503", false))
                .expectScheduledDeadlineWithName(java.time.Duration.ofSeconds(30), FreezeExecution.RETRY);
    }

    @Test
    void theRetryDeadlineFiresAndTheFreezeIsExecuted() {
        failWith = "HTTP 503";
        fixture.givenAPublished(APPROVED);
        failWith = null;
        fixture.whenTimeElapses(java.time.Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(FreezeExecution.RETRY)
                .expectDispatchedCommands(new RecordFreezeExecution("f-1", false, "ACS-1"));
    }

    @Test
    void afterTheLastAttemptTheFailureEscalatesAndNoRetryIsScheduled() {
        failWith = "timeout";
        fixture.givenAPublished(APPROVED);
        fixture.whenTimeElapses(java.time.Duration.ofSeconds(31 + 61))
                .expectDispatchedCommands(new RecordFreezeFailure("f-1", 2, "timeout", false),
                        new RecordFreezeFailure("f-1", 3, "timeout", true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anEscalatedFreezeTriedAgainNowGetsAFreshRoundOfAttempts() {
        retryable = false;
        failWith = "HTTP 422 unknown account";
        fixture.givenAPublished(APPROVED);
        failWith = "HTTP 503";
        retryable = true;
        fixture.whenPublishingA(new EscalatedFreezeRetried("f-1", "case-1", false, "account system fixed", "sam"))
                .expectDispatchedCommands(new RecordFreezeFailure("f-1", 1, "HTTP 503", false))
                .expectScheduledDeadlineWithName(java.time.Duration.ofSeconds(30), FreezeExecution.RETRY);
    }

    @Test
    void anEscalatedFreezeTriedAgainIsExecuted() {
        retryable = false;
        failWith = "HTTP 422 unknown account";
        fixture.givenAPublished(APPROVED);
        failWith = null;
        fixture.whenPublishingA(new EscalatedFreezeRetried("f-1", "case-1", false, "account system fixed", "sam"))
                .expectDispatchedCommands(new RecordFreezeExecution("f-1", false, "ACS-1"));
    }

    @Test
    void aWithdrawnFreezeReleasesItsHoldsAndTheAccountsItNeverFroze() {
        retryable = false;
        failWith = "HTTP 422 unknown account";
        fixture.givenAPublished(APPROVED);
        failWith = null;
        calls.clear();
        fixture.whenPublishingA(new FreezeLiftApproved("f-1", "case-1", ACCOUNTS, "withdrawn"))
                .expectDispatchedCommands(new ReleaseAccountHold("UID-100234", "f-1"),
                        new ReleaseAccountHold("UID-100235", "f-1"), new RecordFreezeExecution("f-1", true, "ACS-2"));
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("release f-1/lift " + ACCOUNTS);
    }

    @Test
    void aRefusalEscalatesAtOnce() {
        retryable = false;
        failWith = "HTTP 422 unknown account";
        fixture.givenNoPriorActivity().whenPublishingA(APPROVED)
                .expectDispatchedCommands(new PlaceAccountHold("UID-100234", "f-1", "case-1", FreezeScope.FULL),
                        new PlaceAccountHold("UID-100235", "f-1", "case-1", FreezeScope.FULL),
                        new RecordFreezeFailure("f-1", 1, "HTTP 422 unknown account", true));
    }

    @Test
    void aLiftFreesOnlyTheAccountsNoOtherFreezeHoldsAndLowersTheOthersToWhatTheyStillNeed() {
        stillHeld = List.of("UID-100235");
        fixture.givenAPublished(APPROVED)
                .whenPublishingA(new FreezeLiftApproved("f-1", "case-1", ACCOUNTS, null))
                .expectDispatchedCommands(new ReleaseAccountHold("UID-100234", "f-1"),
                        new ReleaseAccountHold("UID-100235", "f-1"),
                        new RecordFreezeExecution("f-1", true, "ACS-2, ACS-1"));
        org.assertj.core.api.Assertions.assertThat(calls).containsSubsequence("release f-1/lift [UID-100234]",
                "hold f-1/lift/TRADING [UID-100235] TRADING");
    }

    @Test
    void aFailedLiftIsRetriedOnADeadlineWithoutReleasingTheHoldsTwice() {
        fixture.givenAPublished(APPROVED);
        failWith = "HTTP 503";
        fixture.givenCurrentTime(java.time.Instant.now())
                .andThenAPublished(new FreezeLiftApproved("f-1", "case-1", ACCOUNTS, null));
        failWith = null;
        calls.clear();
        fixture.whenTimeElapses(java.time.Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(FreezeExecution.RETRY)
                .expectDispatchedCommands(new RecordFreezeExecution("f-1", true, "ACS-2"));
        org.assertj.core.api.Assertions.assertThat(calls).containsExactly("release f-1/lift " + ACCOUNTS);
    }

    @Test
    void theSagaEndsWhenTheFreezeIsLifted() {
        fixture.givenAPublished(APPROVED)
                .andThenAPublished(new FreezeLiftApproved("f-1", "case-1", ACCOUNTS, null))
                .whenPublishingA(new AccountFreezeLifted("f-1", "case-1", ACCOUNTS, "ACS-2"))
                .expectActiveSagas(0);
    }
}
