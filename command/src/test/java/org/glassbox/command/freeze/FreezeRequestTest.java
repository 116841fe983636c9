package org.glassbox.command.freeze;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeFailed;
import org.glassbox.api.freeze.AccountFreezeLifted;
import org.glassbox.api.freeze.AccountFreezeRejected;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.AccountFreezeReviewed;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.ApproveFreezeLift;
import org.glassbox.api.freeze.FreezeApprovalOverdue;
import org.glassbox.api.freeze.EscalatedFreezeRetried;
import org.glassbox.api.freeze.FreezeLiftApproved;
import org.glassbox.api.freeze.RetryEscalatedFreeze;
import org.glassbox.api.freeze.FreezeLiftRejected;
import org.glassbox.api.freeze.FreezeLiftRequested;
import org.glassbox.api.freeze.FreezeReviewOverdue;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.RecordFreezeExecution;
import org.glassbox.api.freeze.RecordFreezeFailure;
import org.glassbox.api.freeze.RejectAccountFreeze;
import org.glassbox.api.freeze.RejectFreezeLift;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.RequestFreezeLift;
import org.glassbox.api.freeze.ReviewAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A freeze from request to lift: every transition, every rejection, four eyes twice. */
class FreezeRequestTest {
    static final String ID = "freeze-1";
    static final String CASE = "case-1";
    static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");
    static final Instant REVIEW = Instant.parse("2026-04-09T10:00:00Z");
    static final List<String> ACCOUNTS = List.of("UID-100234", "UID-100235");
    static final List<HeldAmount> PROCEEDS = List.of(new HeldAmount("USDT", new BigDecimal("5000000.00")));
    static final Map<String, Object> ALICE = as("alice", Role.INVESTIGATOR);
    static final Map<String, Object> BOB = as("bob", Role.INVESTIGATOR);
    static final Map<String, Object> SUSAN = as("susan", Role.SUPERVISOR);
    static final Map<String, Object> SAM = as("sam", Role.SUPERVISOR);
    static final Map<String, Object> SAGA = as("glassbox-freeze", Role.SYSTEM);

    static final AccountFreezeRequested REQUESTED = new AccountFreezeRequested(ID, CASE, ACCOUNTS, FreezeScope.FULL,
            PROCEEDS, "Proceeds of the GPS dump", Urgency.URGENT, REVIEW, "alice");
    static final AccountFreezeApproved APPROVED = new AccountFreezeApproved(ID, CASE, ACCOUNTS, FreezeScope.FULL, null);
    static final AccountFreezeExecuted EXECUTED = new AccountFreezeExecuted(ID, CASE, ACCOUNTS, FreezeScope.FULL,
            "ACS-77");
    static final FreezeLiftRequested LIFT_REQUESTED = new FreezeLiftRequested(ID, CASE, "users compensated", "susan");
    static final FreezeLiftApproved LIFT_APPROVED = new FreezeLiftApproved(ID, CASE, ACCOUNTS, null);

    FixtureConfiguration<FreezeRequest> fixture;
    CaseSnapshot theCase = new CaseSnapshot(CASE, "GBX-2026-000001", CaseStatus.UNDER_INVESTIGATION, "alice",
            Set.of(Behaviour.POST_LISTING_DUMP), List.of("UID-100234", "UID-100235", "UID-100236"));

    static Map<String, Object> as(String user, Role role) {
        return Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES, role.name());
    }

    /** A command as the given person sends it; the fixture's given commands carry no actor otherwise. */
    static Object by(Map<String, Object> actor, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(actor);
    }

    static RequestAccountFreeze request(List<String> accounts, Instant reviewBy) {
        return new RequestAccountFreeze(ID, CASE, accounts, FreezeScope.FULL, PROCEEDS, "Proceeds of the GPS dump",
                Urgency.URGENT, reviewBy);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FreezeRequest.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CaseFacts cases = caseId -> Optional.ofNullable(theCase).filter(c -> c.caseId().equals(caseId));
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new FreezeDeadlines(Duration.ofHours(24), Duration.ofHours(1)));
        fixture.registerAnnotatedCommandHandler(new FreezeRequesting(fixture.getRepository(), cases, clock));
    }

    @Nested
    class Requesting {
        @Test
        void theAssigneeRequestsAFreezeOfTheCasesAccounts() {
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, REVIEW), ALICE).expectEvents(REQUESTED)
                    .expectResultMessagePayload(ID);
        }

        @Test
        void accountsTheCaseIsNotAboutAreRefused() {
            fixture.givenNoPriorActivity().when(request(List.of("UID-999999"), REVIEW), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void aReviewDeadlineInThePastIsRefused() {
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, NOW.minusSeconds(1)), ALICE)
                    .expectException(InvalidField.class).expectNoEvents();
        }

        @Test
        void anotherInvestigatorMayNotRequest() {
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, REVIEW), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void auditorsMayNotRequest() {
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, REVIEW), as("audrey", Role.AUDITOR))
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void noFreezeOnAClosedCase() {
            theCase = new CaseSnapshot(CASE, "GBX-2026-000001", CaseStatus.CLOSED, "alice", Set.of(), ACCOUNTS);
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, REVIEW), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void noFreezeOnAnUnknownCase() {
            theCase = null;
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, REVIEW), SUSAN)
                    .expectException(AggregateNotFoundException.class).expectNoEvents();
        }
    }

    @Nested
    class Input {
        @Test
        void badInputNeverBecomesACommand() {
            assertThatThrownBy(() -> request(List.of(), REVIEW)).isInstanceOf(InvalidField.class)
                    .hasMessage("accounts must name at least one");
            assertThatThrownBy(() -> request(List.of("100234"), REVIEW)).isInstanceOf(InvalidField.class)
                    .hasMessageContaining("not an account id of this exchange");
            assertThatThrownBy(() -> amount("-1")).isInstanceOf(InvalidField.class).hasMessageContaining("positive");
            assertThatThrownBy(() -> amount("0.1234567890123456789")).isInstanceOf(InvalidField.class)
                    .hasMessageContaining("more than 18 decimals");
            assertThatThrownBy(() -> new RequestAccountFreeze(ID, CASE, ACCOUNTS, null, List.of(), "j", Urgency.ROUTINE,
                    REVIEW)).isInstanceOf(InvalidField.class).hasMessage("scope must be given");
        }

        private RequestAccountFreeze amount(String value) {
            return new RequestAccountFreeze(ID, CASE, ACCOUNTS, FreezeScope.FULL,
                    List.of(new HeldAmount("USDT", new BigDecimal(value))), "j", Urgency.ROUTINE, REVIEW);
        }
    }

    @Nested
    class Approving {
        @Test
        void aSupervisorWhoDidNotRequestItApproves() {
            fixture.given(REQUESTED).when(new ApproveAccountFreeze(ID, null), SUSAN).expectEvents(APPROVED);
        }

        @Test
        void theRequesterCannotApproveTheirOwnFreeze() {
            fixture.given(new AccountFreezeRequested(ID, CASE, ACCOUNTS, FreezeScope.FULL, PROCEEDS, "j",
                    Urgency.URGENT, REVIEW, "susan")).when(new ApproveAccountFreeze(ID, null), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void anInvestigatorCannotApproveAtAll() {
            fixture.given(REQUESTED).when(new ApproveAccountFreeze(ID, null), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aSecondSupervisorRejectsWithAReason() {
            fixture.given(REQUESTED).when(new RejectAccountFreeze(ID, "not proportionate"), SAM)
                    .expectEvents(new AccountFreezeRejected(ID, CASE, "not proportionate"));
        }

        @Test
        void approvingTwiceIsRejected() {
            fixture.given(REQUESTED, APPROVED).when(new ApproveAccountFreeze(ID, null), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void aRejectedFreezeCannotBeApproved() {
            fixture.given(REQUESTED, new AccountFreezeRejected(ID, CASE, "no")).when(new ApproveAccountFreeze(ID, null),
                    SAM).expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Executing {
        @Test
        void theAccountSystemsConfirmationIsRecorded() {
            fixture.given(REQUESTED, APPROVED).when(new RecordFreezeExecution(ID, false, "ACS-77"), SAGA)
                    .expectEvents(EXECUTED);
        }

        @Test
        void recordingTheSameConfirmationAgainChangesNothing() {
            fixture.given(REQUESTED, APPROVED, EXECUTED).when(new RecordFreezeExecution(ID, false, "ACS-77"), SAGA)
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void aFailedAttemptIsRecordedAndALaterSuccessStillCounts() {
            fixture.given(REQUESTED, APPROVED).when(new RecordFreezeFailure(ID, 1, "HTTP 503", false), SAGA)
                    .expectEvents(new AccountFreezeFailed(ID, CASE, false, 1, "HTTP 503", false));
            fixture.given(REQUESTED, APPROVED, new AccountFreezeFailed(ID, CASE, false, 1, "HTTP 503", false))
                    .when(new RecordFreezeExecution(ID, false, "ACS-78"), SAGA)
                    .expectEvents(new AccountFreezeExecuted(ID, CASE, ACCOUNTS, FreezeScope.FULL, "ACS-78"));
        }

        @Test
        void theLastFailedAttemptEscalates() {
            fixture.given(REQUESTED, APPROVED).when(new RecordFreezeFailure(ID, 5, "timeout", true), SAGA)
                    .expectEvents(new AccountFreezeFailed(ID, CASE, false, 5, "timeout", true));
        }

        @Test
        void onlyTheOrchestrationRecordsWhatTheAccountSystemSaid() {
            fixture.given(REQUESTED, APPROVED).when(new RecordFreezeExecution(ID, false, "ACS-77"), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void anUnapprovedFreezeCannotBeExecuted() {
            fixture.given(REQUESTED).when(new RecordFreezeExecution(ID, false, "ACS-77"), SAGA)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class ReviewingAndLifting {
        @Test
        void aSupervisorKeepsTheFreezeUntilALaterReview() {
            Instant later = Instant.parse("2026-05-09T10:00:00Z");
            fixture.given(REQUESTED, APPROVED, EXECUTED).when(new ReviewAccountFreeze(ID, later, "still needed"), SAM)
                    .expectEvents(new AccountFreezeReviewed(ID, CASE, later, "still needed"));
        }

        @Test
        void aReviewIntoThePastIsRefused() {
            fixture.given(REQUESTED, APPROVED, EXECUTED)
                    .when(new ReviewAccountFreeze(ID, NOW.minusSeconds(60), "r"), SAM)
                    .expectException(InvalidField.class).expectNoEvents();
        }

        @Test
        void liftingTakesARequestAndASecondSupervisor() {
            fixture.given(REQUESTED, APPROVED, EXECUTED).when(new RequestFreezeLift(ID, "users compensated"), SUSAN)
                    .expectEvents(LIFT_REQUESTED);
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED).when(new ApproveFreezeLift(ID, null), SAM)
                    .expectEvents(LIFT_APPROVED);
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED, LIFT_APPROVED)
                    .when(new RecordFreezeExecution(ID, true, "ACS-90"), SAGA)
                    .expectEvents(new AccountFreezeLifted(ID, CASE, ACCOUNTS, "ACS-90"));
        }

        @Test
        void theRequesterOfALiftCannotApproveIt() {
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED).when(new ApproveFreezeLift(ID, null), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aFreezeNotYetExecutedCannotBeLifted() {
            fixture.given(REQUESTED, APPROVED).when(new RequestFreezeLift(ID, "r"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class EscalatedFailures {
        static final AccountFreezeFailed LAST_FAILURE = new AccountFreezeFailed(ID, CASE, false, 5, "HTTP 503", true);
        static final AccountFreezeFailed PASSING_FAILURE = new AccountFreezeFailed(ID, CASE, false, 1, "HTTP 503",
                false);
        static final FreezeLiftRequested WITHDRAWAL = new FreezeLiftRequested(ID, CASE, "account closed", "susan");

        @Test
        void aSupervisorHasAnEscalatedFreezeTriedAgainNow() {
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE).when(new RetryEscalatedFreeze(ID, "account system fixed"), SAM)
                    .expectEvents(new EscalatedFreezeRetried(ID, CASE, false, "account system fixed", "sam"));
        }

        @Test
        void anInvestigatorCannotHaveItTriedAgain() {
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE).when(new RetryEscalatedFreeze(ID, "fixed"), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void whoeverAskedForTheFailedLiftCannotHaveItTriedAgain() {
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED, LIFT_APPROVED,
                    new AccountFreezeFailed(ID, CASE, true, 5, "HTTP 503", true))
                    .when(new RetryEscalatedFreeze(ID, "fixed"), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED, LIFT_APPROVED,
                    new AccountFreezeFailed(ID, CASE, true, 5, "HTTP 503", true))
                    .when(new RetryEscalatedFreeze(ID, "fixed"), SAM)
                    .expectEvents(new EscalatedFreezeRetried(ID, CASE, true, "fixed", "sam"));
        }

        @Test
        void aFailureStillBeingRetriedCannotBeTriedAgainNowNorWithdrawn() {
            fixture.given(REQUESTED, APPROVED, PASSING_FAILURE).when(new RetryEscalatedFreeze(ID, "fixed"), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
            fixture.given(REQUESTED, APPROVED, PASSING_FAILURE).when(new RequestFreezeLift(ID, "account closed"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void aRetriedFreezeIsNoLongerEscalated() {
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE,
                    new EscalatedFreezeRetried(ID, CASE, false, "fixed", "sam"))
                    .when(new RetryEscalatedFreeze(ID, "again"), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anEscalatedFreezeIsWithdrawnOnlyWithASecondSupervisorAndWasNeverExecuted() {
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE).when(new RequestFreezeLift(ID, "account closed"), SUSAN)
                    .expectEvents(WITHDRAWAL);
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE, WITHDRAWAL).when(new ApproveFreezeLift(ID, null), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE, WITHDRAWAL, LIFT_APPROVED)
                    .when(new RecordFreezeExecution(ID, true, "ACS-91"), SAGA)
                    .expectEvents(new AccountFreezeLifted(ID, CASE, ACCOUNTS, "ACS-91"));
            // Never carried out: no notice may list it as an executed freeze.
            FreezeRequest withdrawn = new FreezeRequest();
            withdrawn.on(REQUESTED);
            withdrawn.on(APPROVED);
            withdrawn.on(LAST_FAILURE);
            withdrawn.on(WITHDRAWAL);
            withdrawn.on(LIFT_APPROVED);
            withdrawn.on(new AccountFreezeLifted(ID, CASE, ACCOUNTS, "ACS-91"));
            org.assertj.core.api.Assertions.assertThat(withdrawn.executed()).isEmpty();
        }

        @Test
        void aRejectedWithdrawalLeavesTheFreezeEscalated() {
            fixture.given(REQUESTED, APPROVED, LAST_FAILURE, WITHDRAWAL, new FreezeLiftRejected(ID, CASE, "keep trying"))
                    .when(new RetryEscalatedFreeze(ID, "fixed"), SAM)
                    .expectEvents(new EscalatedFreezeRetried(ID, CASE, false, "fixed", "sam"));
        }
    }

    @Nested
    class Deadlines {
        static final Instant LATER = Instant.parse("2026-05-09T10:00:00Z");

        @Test
        void anUrgentRequestExpectsADecisionWithinTheHour() {
            fixture.givenNoPriorActivity().when(request(ACCOUNTS, REVIEW), ALICE)
                    .expectScheduledDeadlineWithName(NOW.plus(Duration.ofHours(1)), FreezeRequest.APPROVAL_OVERDUE);
        }

        @Test
        void aRoutineRequestExpectsADecisionWithinADay() {
            fixture.givenNoPriorActivity().when(new RequestAccountFreeze(ID, CASE, ACCOUNTS, FreezeScope.FULL,
                    PROCEEDS, "Proceeds of the GPS dump", Urgency.ROUTINE, REVIEW), ALICE)
                    .expectScheduledDeadlineWithName(NOW.plus(Duration.ofHours(24)), FreezeRequest.APPROVAL_OVERDUE);
        }

        @Test
        void aRequestNobodyDecidesInTimeIsEscalated() {
            fixture.givenCommands(by(ALICE, request(ACCOUNTS, REVIEW)))
                    .whenThenTimeElapses(Duration.ofMinutes(61))
                    .expectTriggeredDeadlinesWithName(FreezeRequest.APPROVAL_OVERDUE)
                    .expectEvents(new FreezeApprovalOverdue(ID, CASE, Urgency.URGENT, "alice"));
        }

        @Test
        void aDecidedRequestIsNotEscalated() {
            fixture.givenCommands(by(ALICE, request(ACCOUNTS, REVIEW)))
                    .andGivenCommands(by(SUSAN, new ApproveAccountFreeze(ID, null)))
                    .whenThenTimeElapses(Duration.ofHours(2))
                    .expectTriggeredDeadlinesWithName(FreezeRequest.APPROVAL_OVERDUE)
                    .expectNoEvents();
        }

        @Test
        void anExecutedFreezeIsDueForReviewByItsDeadline() {
            fixture.given(REQUESTED, APPROVED).when(new RecordFreezeExecution(ID, false, "ACS-77"), SAGA)
                    .expectScheduledDeadlineWithName(REVIEW, FreezeRequest.REVIEW_DUE);
        }

        @Test
        void aFreezeNotReviewedByItsDeadlineIsOverdue() {
            fixture.given(REQUESTED, APPROVED).andGivenCommands(by(SAGA, new RecordFreezeExecution(ID, false, "ACS-77")))
                    .whenThenTimeAdvancesTo(REVIEW.plusSeconds(1))
                    .expectTriggeredDeadlinesWithName(FreezeRequest.REVIEW_DUE)
                    .expectEvents(new FreezeReviewOverdue(ID, CASE, REVIEW));
        }

        @Test
        void aReviewMovesTheDeadlineAndTheOldOneFiresIntoNothing() {
            fixture.given(REQUESTED, APPROVED).andGivenCommands(by(SAGA, new RecordFreezeExecution(ID, false, "ACS-77")))
                    .andGivenCommands(by(SAM, new ReviewAccountFreeze(ID, LATER, "still needed")))
                    .whenThenTimeAdvancesTo(REVIEW.plusSeconds(1))
                    .expectTriggeredDeadlinesWithName(FreezeRequest.REVIEW_DUE)
                    .expectNoEvents();
        }

        @Test
        void aLiftedFreezeIsNeverOverdue() {
            fixture.given(REQUESTED, APPROVED).andGivenCommands(by(SAGA, new RecordFreezeExecution(ID, false, "ACS-77")))
                    .andGiven(LIFT_REQUESTED, LIFT_APPROVED, new AccountFreezeLifted(ID, CASE, ACCOUNTS, "ACS-90"))
                    .whenThenTimeAdvancesTo(REVIEW.plusSeconds(1))
                    .expectNoEvents();
        }
    }

    @Nested
    class RejectingALift {
        @Test
        void aSecondSupervisorRejectsTheLiftAndTheFreezeStays() {
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED)
                    .when(new RejectFreezeLift(ID, "users not yet compensated"), SAM)
                    .expectEvents(new FreezeLiftRejected(ID, CASE, "users not yet compensated"));
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED,
                    new FreezeLiftRejected(ID, CASE, "users not yet compensated"))
                    .when(new RequestFreezeLift(ID, "compensated now"), SUSAN)
                    .expectEvents(new FreezeLiftRequested(ID, CASE, "compensated now", "susan"));
        }

        @Test
        void theRequesterOfALiftCannotRejectIt() {
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED).when(new RejectFreezeLift(ID, "no"), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void anInvestigatorCannotRejectALift() {
            fixture.given(REQUESTED, APPROVED, EXECUTED, LIFT_REQUESTED).when(new RejectFreezeLift(ID, "no"), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void noLiftRequestedNothingToReject() {
            fixture.given(REQUESTED, APPROVED, EXECUTED).when(new RejectFreezeLift(ID, "no"), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }
}
