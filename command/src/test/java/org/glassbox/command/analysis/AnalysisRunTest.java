package org.glassbox.command.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.glassbox.api.analysis.AnalysisCompleted;
import org.glassbox.api.analysis.AnalysisFailed;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.AnalysisLinkedToAllegation;
import org.glassbox.api.analysis.AnalysisNotReproduced;
import org.glassbox.api.analysis.AnalysisReproduced;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.AnalysisStarted;
import org.glassbox.api.analysis.AnalysisVerificationRequested;
import org.glassbox.api.analysis.CompleteAnalysis;
import org.glassbox.api.analysis.FailAnalysis;
import org.glassbox.api.analysis.LinkAnalysisToAllegation;
import org.glassbox.api.analysis.RecordAnalysisVerification;
import org.glassbox.api.analysis.RunAnalysis;
import org.glassbox.api.analysis.StartAnalysis;
import org.glassbox.api.analysis.VerifyAnalysis;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.evidence.EvidenceItem.MarketDataInput;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnalysisRunTest {
    static final String CASE = "case-1";
    static final String RUN = "run-1";
    static final Map<String, Object> ALICE = as("alice", Role.INVESTIGATOR);
    static final Map<String, Object> BOB = as("bob", Role.INVESTIGATOR);
    static final Map<String, Object> SUSAN = as("susan", Role.SUPERVISOR);
    static final Map<String, Object> AUDREY = as("audrey", Role.AUDITOR);
    static final Map<String, Object> SYSTEM = as(AnalysisRunner.ACTOR, Role.SYSTEM);
    static final MarketDataProfile TRADES = profile(MarketDataFormat.TRADE_EXPORT);
    static final StoredBlob BLOB = new StoredBlob(new Sha256("a".repeat(64)), 100, "text/csv", "trades.csv", "mem:a");
    static final StoredBlob RESULT = new StoredBlob(new Sha256("b".repeat(64)), 10, "application/json", "W1.json",
            "mem:b");
    static final List<AnalysisInput> INPUTS = List.of(new AnalysisInput("item-1", EvidenceKind.TRADE_EXPORT,
            "GPS trades", BLOB, TRADES));

    static Map<String, Object> as(String user, Role role) {
        return Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES, role.name());
    }

    static MarketDataProfile profile(MarketDataFormat format) {
        return new MarketDataProfile(format, "CSV", "NONE", List.of("trade_id"), 10, List.of("GPSUSDT"), 1, List.of(),
                0, Instant.parse("2025-03-07T10:00:00Z"), Instant.parse("2025-03-08T10:00:00Z"), "MILLISECONDS", 6, 2);
    }

    static AnalysisRequested requested() {
        return new AnalysisRequested(RUN, CASE, "W1", "1", INPUTS, Map.of(), List.of("UID-100234"));
    }

    static AnalysisCompleted completed() {
        return new AnalysisCompleted(RUN, CASE, "W1", "b".repeat(64), RESULT, Map.of("duckdb", "v2.0.0"),
                Map.of("count", "3"), "e".repeat(64), RESULT);
    }

    AggregateTestFixture<AnalysisRun> fixture;
    CaseSnapshot theCase;
    Map<String, MarketDataInput> items;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnalysisRun.class);
        theCase = new CaseSnapshot(CASE, "GBX-2026-000001", CaseStatus.UNDER_INVESTIGATION, "alice",
                Set.of(Behaviour.WASH_TRADING, Behaviour.POST_LISTING_DUMP), List.of("UID-100234"));
        items = new java.util.HashMap<>(Map.of("item-1", new MarketDataInput("item-1", EvidenceKind.TRADE_EXPORT,
                "GPS trades", BLOB, TRADES)));
        CaseFacts cases = id -> Optional.ofNullable(theCase).filter(c -> c.caseId().equals(id));
        fixture.registerInjectableResource(cases);
        fixture.registerAnnotatedCommandHandler(new AnalysisRequesting(fixture.getRepository(), (itemId, caseId) -> {
            MarketDataInput in = items.get(itemId);
            if (in == null) {
                throw new InvalidField("evidence", "names no evidence item of the case: " + itemId);
            }
            return in;
        }, cases));
    }

    @Nested
    class Requesting {
        @Test
        void theAssigneeQueuesARunWithDefaultsFilledInAndTheCasesAccounts() {
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "W2", List.of("item-1"), Map.of()), ALICE)
                    .expectEvents(new AnalysisRequested(RUN, CASE, "W2", "1", INPUTS, Map.of("window", "PT1S"),
                            List.of("UID-100234")))
                    .expectResultMessagePayload(RUN);
        }

        @Test
        void anotherInvestigatorMayNotRunAnalysesOnTheCase() {
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "W1", List.of("item-1"), Map.of()), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void auditorsDoNotRunAnalyses() {
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "W1", List.of("item-1"), Map.of()), AUDREY)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aClosedCaseTakesNoMoreAnalyses() {
            theCase = new CaseSnapshot(CASE, "GBX-2026-000001", CaseStatus.CLOSED, "alice", Set.of(), List.of());
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "W1", List.of("item-1"), Map.of()), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anUnknownMethodIsRefused() {
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "W7", List.of("item-1"), Map.of()), ALICE)
                    .expectException(InvalidField.class).expectExceptionMessage(org.hamcrest.Matchers.containsString(
                            "is not a method")).expectNoEvents();
        }

        @Test
        void aParameterOutOfRangeIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "W2", List.of("item-1"), Map.of("window", "PT3H")), ALICE)
                    .expectException(InvalidField.class).expectNoEvents();
        }

        @Test
        void evidenceThatIsNotMarketDataOfTheCaseIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "W1", List.of("item-9"), Map.of()), ALICE)
                    .expectException(InvalidField.class).expectNoEvents();
        }

        @Test
        void aRunNeedsATradeFile() {
            items.put("links", new MarketDataInput("links", EvidenceKind.ACCOUNT_LINKS, "links", BLOB,
                    profile(MarketDataFormat.ACCOUNT_LINKS)));
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "W1", List.of("links"), Map.of()), ALICE)
                    .expectException(InvalidField.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("must include a trade file"))
                    .expectNoEvents();
        }

        @Test
        void methodsThatNeedAccountsAreRefusedOnPublicDumps() {
            items.put("dump", new MarketDataInput("dump", EvidenceKind.TRADE_EXPORT, "dump", BLOB,
                    profile(MarketDataFormat.PUBLIC_SPOT_TRADES)));
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "D1", List.of("dump"), Map.of()), ALICE)
                    .expectException(InvalidField.class).expectNoEvents();
        }

        @Test
        void kpiComplianceIsQueuedWithTheKpiTermsAmongItsInputs() {
            withOrdersAndTerms();
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "K1", List.of("item-1", "orders", "terms"), Map.of()), ALICE)
                    .expectEvents(new AnalysisRequested(RUN, CASE, "K1", "1", List.of(INPUTS.getFirst(),
                            new org.glassbox.api.analysis.AnalysisInput("orders", EvidenceKind.ORDER_EVENTS, "orders",
                                    BLOB, profile(MarketDataFormat.ORDER_EVENTS)),
                            new org.glassbox.api.analysis.AnalysisInput("terms", EvidenceKind.KPI_TERMS, "KPI terms", BLOB,
                                    null)), Map.of("bucket", "PT5M"), List.of("UID-100234")));
        }

        @Test
        void kpiComplianceWithoutKpiTermsIsRefused() {
            withOrdersAndTerms();
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "K1", List.of("item-1", "orders"), Map.of()), ALICE)
                    .expectException(InvalidField.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("must include KPI_TERMS"))
                    .expectNoEvents();
        }

        @Test
        void kpiComplianceAgainstTwoAgreementsAtOnceIsRefused() {
            withOrdersAndTerms();
            items.put("terms-2", new MarketDataInput("terms-2", EvidenceKind.KPI_TERMS, "older terms", BLOB, null));
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "K1", List.of("item-1", "orders", "terms", "terms-2"), Map.of()),
                            ALICE)
                    .expectException(InvalidField.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("not several")).expectNoEvents();
        }

        @Test
        void aTradeMethodIsNotGivenKpiTerms() {
            withOrdersAndTerms();
            fixture.givenNoPriorActivity()
                    .when(new RunAnalysis(RUN, CASE, "W1", List.of("item-1", "terms"), Map.of()), ALICE)
                    .expectException(InvalidField.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("which W1 does not read"))
                    .expectNoEvents();
        }

        @Test
        void spoofingNeedsOrderEvents() {
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "S2", List.of("item-1"), Map.of()), ALICE)
                    .expectException(InvalidField.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("must include ORDER_EVENTS"))
                    .expectNoEvents();
        }

        private void withOrdersAndTerms() {
            items.put("orders", new MarketDataInput("orders", EvidenceKind.ORDER_EVENTS, "orders", BLOB,
                    profile(MarketDataFormat.ORDER_EVENTS)));
            items.put("terms", new MarketDataInput("terms", EvidenceKind.KPI_TERMS, "KPI terms", BLOB, null));
        }

        @Test
        void theMarketWideScreenRunsOnPublicDumps() {
            items.put("dump", new MarketDataInput("dump", EvidenceKind.TRADE_EXPORT, "dump", BLOB,
                    profile(MarketDataFormat.PUBLIC_SPOT_TRADES)));
            fixture.givenNoPriorActivity().when(new RunAnalysis(RUN, CASE, "W5", List.of("dump"), Map.of()), ALICE)
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Running {
        @Test
        void theSystemStartsAQueuedRun() {
            fixture.given(requested()).when(new StartAnalysis(RUN), SYSTEM)
                    .expectEvents(new AnalysisStarted(RUN, CASE));
        }

        @Test
        void aRunRevivedAfterALostNodeStartsAgain() {
            fixture.given(requested(), new AnalysisStarted(RUN, CASE)).when(new StartAnalysis(RUN), SYSTEM)
                    .expectEvents(new AnalysisStarted(RUN, CASE));
        }

        @Test
        void aFinishedRunIsNotStartedAgain() {
            fixture.given(requested(), new AnalysisStarted(RUN, CASE), completed()).when(new StartAnalysis(RUN), SYSTEM)
                    .expectNoEvents();
        }

        @Test
        void peopleCannotStartOrCompleteRuns() {
            fixture.given(requested()).when(new StartAnalysis(RUN), SUSAN).expectException(NotPermitted.class);
            fixture.given(requested()).when(new CompleteAnalysis(RUN, "b".repeat(64), RESULT, Map.of(), Map.of(), "e".repeat(64), RESULT), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
            fixture.given(requested()).when(new FailAnalysis(RUN, "x", false), ALICE)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void theSystemRecordsTheResult() {
            fixture.given(requested(), new AnalysisStarted(RUN, CASE))
                    .when(new CompleteAnalysis(RUN, "b".repeat(64), RESULT, Map.of("duckdb", "v2.0.0"),
                            Map.of("count", "3"), "e".repeat(64), RESULT), SYSTEM)
                    .expectEvents(completed());
        }

        @Test
        void theSameResultRecordedTwiceChangesNothing() {
            fixture.given(requested(), new AnalysisStarted(RUN, CASE), completed())
                    .when(new CompleteAnalysis(RUN, "b".repeat(64), RESULT, Map.of(), Map.of(), "e".repeat(64), RESULT), SYSTEM)
                    .expectNoEvents();
        }

        @Test
        void aFailedRunTakesNoResult() {
            fixture.given(requested(), new AnalysisFailed(RUN, CASE, "engine", false))
                    .when(new CompleteAnalysis(RUN, "b".repeat(64), RESULT, Map.of(), Map.of(), "e".repeat(64), RESULT), SYSTEM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void aRefusalIsRecordedOnce() {
            fixture.given(requested()).when(new FailAnalysis(RUN, "bytes changed", true), SYSTEM)
                    .expectEvents(new AnalysisFailed(RUN, CASE, "bytes changed", true));
            fixture.given(requested(), new AnalysisFailed(RUN, CASE, "bytes changed", true))
                    .when(new FailAnalysis(RUN, "bytes changed", true), SYSTEM).expectNoEvents();
        }

        @Test
        void aCompletedRunCannotFailAfterwards() {
            fixture.given(requested(), completed()).when(new FailAnalysis(RUN, "late", false), SYSTEM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Verifying {
        @Test
        void anAuditorAsksForACompletedRunToBeVerified() {
            fixture.given(requested(), completed()).when(new VerifyAnalysis(RUN, "v-1"), AUDREY)
                    .expectEvents(new AnalysisVerificationRequested(RUN, CASE, "v-1"));
        }

        @Test
        void onlyCompletedRunsAreVerified() {
            fixture.given(requested()).when(new VerifyAnalysis(RUN, "v-1"), AUDREY)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void oneVerificationAtATime() {
            fixture.given(requested(), completed(), new AnalysisVerificationRequested(RUN, CASE, "v-1"))
                    .when(new VerifyAnalysis(RUN, "v-2"), SUSAN).expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void theSameDigestReproducesTheRun() {
            fixture.given(requested(), completed(), new AnalysisVerificationRequested(RUN, CASE, "v-1"))
                    .when(new RecordAnalysisVerification(RUN, "v-1", "b".repeat(64), null), SYSTEM)
                    .expectEvents(new AnalysisReproduced(RUN, CASE, "v-1", "b".repeat(64)));
        }

        @Test
        void anotherDigestIsTheAlarm() {
            fixture.given(requested(), completed(), new AnalysisVerificationRequested(RUN, CASE, "v-1"))
                    .when(new RecordAnalysisVerification(RUN, "v-1", "c".repeat(64), null), SYSTEM)
                    .expectEvents(new AnalysisNotReproduced(RUN, CASE, "v-1", "b".repeat(64), "c".repeat(64),
                            "the stored bytes gave another result digest"));
        }

        @Test
        void aRerunThatCannotRunIsTheAlarmToo() {
            fixture.given(requested(), completed(), new AnalysisVerificationRequested(RUN, CASE, "v-1"))
                    .when(new RecordAnalysisVerification(RUN, "v-1", null, "bytes missing"), SYSTEM)
                    .expectEvents(new AnalysisNotReproduced(RUN, CASE, "v-1", "b".repeat(64), null, "bytes missing"));
        }

        @Test
        void aStaleVerificationReportIsIgnored() {
            fixture.given(requested(), completed(), new AnalysisVerificationRequested(RUN, CASE, "v-2"))
                    .when(new RecordAnalysisVerification(RUN, "v-1", "c".repeat(64), null), SYSTEM).expectNoEvents();
        }

        @Test
        void aRunOfAnOlderMethodVersionCannotBeVerifiedByTheNewOne() {
            fixture.given(new AnalysisRequested(RUN, CASE, "W1", "0", INPUTS, Map.of(), List.of("UID-100234")),
                    completed()).when(new VerifyAnalysis(RUN, "v-1"), AUDREY)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("version 0")).expectNoEvents();
        }

        @Test
        void communicationsStaffDoNotVerify() {
            fixture.given(requested(), completed())
                    .when(new VerifyAnalysis(RUN, "v-1"), as("carol", Role.COMMUNICATIONS))
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class Linking {
        @Test
        void theAssigneeLinksACompletedRunToAnAllegation() {
            fixture.given(requested(), completed())
                    .when(new LinkAnalysisToAllegation(RUN, Behaviour.WASH_TRADING, "self-trades"), ALICE)
                    .expectEvents(new AnalysisLinkedToAllegation(RUN, CASE, Behaviour.WASH_TRADING, "self-trades"));
        }

        @Test
        void anUnfinishedRunSupportsNothing() {
            fixture.given(requested()).when(new LinkAnalysisToAllegation(RUN, Behaviour.WASH_TRADING, null), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void aRunThatDidNotReproduceSupportsNothing() {
            fixture.given(requested(), completed(), new AnalysisVerificationRequested(RUN, CASE, "v-1"),
                    new AnalysisNotReproduced(RUN, CASE, "v-1", "b".repeat(64), "c".repeat(64), "other"))
                    .when(new LinkAnalysisToAllegation(RUN, Behaviour.WASH_TRADING, null), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anAllegationTheCaseDoesNotMakeIsRefused() {
            fixture.given(requested(), completed())
                    .when(new LinkAnalysisToAllegation(RUN, Behaviour.SPOOFING, null), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void linkingTwiceIsRefused() {
            fixture.given(requested(), completed(),
                    new AnalysisLinkedToAllegation(RUN, CASE, Behaviour.WASH_TRADING, null))
                    .when(new LinkAnalysisToAllegation(RUN, Behaviour.WASH_TRADING, null), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anotherInvestigatorCannotLink() {
            fixture.given(requested(), completed())
                    .when(new LinkAnalysisToAllegation(RUN, Behaviour.WASH_TRADING, null), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }
}
