package org.glassbox.command.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.cases.CaseStatus;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.disclosure.ApproveDisclosure;
import org.glassbox.api.disclosure.DisclosedEvidence;
import org.glassbox.api.disclosure.DisclosedFreeze;
import org.glassbox.api.disclosure.DisclosureApproved;
import org.glassbox.api.disclosure.DisclosureDraftRevised;
import org.glassbox.api.disclosure.DisclosureDrafted;
import org.glassbox.api.disclosure.DisclosurePublished;
import org.glassbox.api.disclosure.DisclosureRejected;
import org.glassbox.api.disclosure.DisclosureSubmittedForApproval;
import org.glassbox.api.disclosure.DisclosureSuperseded;
import org.glassbox.api.disclosure.DraftDisclosure;
import org.glassbox.api.disclosure.KeyFigures;
import org.glassbox.api.disclosure.NoticeFacts;
import org.glassbox.api.disclosure.NoticeKind;
import org.glassbox.api.disclosure.PublishDisclosure;
import org.glassbox.api.disclosure.RejectDisclosure;
import org.glassbox.api.disclosure.ReviseDisclosureDraft;
import org.glassbox.api.disclosure.SubmitDisclosureForApproval;
import org.glassbox.api.evidence.Confidentiality;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.Sha256;
import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.api.freeze.AccountFreezeApproved;
import org.glassbox.api.freeze.AccountFreezeExecuted;
import org.glassbox.api.freeze.AccountFreezeRequested;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.evidence.BlobStore;
import org.glassbox.command.evidence.EvidenceItem;
import org.glassbox.command.freeze.FreezeRequest;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.command.shared.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A notice from draft to publication and beyond: every command, every rejection, four eyes. */
class DisclosureTest {
    static final String ID = "disclosure-1";
    static final String CASE = "case-1";
    static final List<String> ACCOUNTS = List.of("UID-100234", "UID-100235");
    static final Sha256 LOAN_SHA = Sha256.of(new byte[32]);
    static final Map<String, Object> CARLA = as("carla", Role.COMMUNICATIONS);
    static final Map<String, Object> ALICE = as("alice", Role.INVESTIGATOR);
    static final Map<String, Object> SUSAN = as("susan", Role.SUPERVISOR);
    static final Map<String, Object> SAM = as("sam", Role.SUPERVISOR);
    static final Map<String, Object> AUDREY = as("audrey", Role.AUDITOR);
    static final KeyFigures FIGURES = new KeyFigures("4-8 March 2026", "70M GPS (~$5M)", "62%", "-31%",
            "Affected users compensated from the frozen proceeds", true);
    static final DisclosedEvidence LOAN = new DisclosedEvidence("item-loan", "SHELL token-loan agreement", "CONTRACT",
            LOAN_SHA.hex());
    static final DisclosedFreeze FROZEN = new DisclosedFreeze("freeze-1", List.of("****0234", "****0235"),
            FreezeScope.FULL, List.of(new HeldAmount("USDT", new BigDecimal("5000000"))));
    static final NoticeFacts FACTS = new NoticeFacts("GBX-2026-000003", "Northwind Liquidity", List.of("GPSUSDT"),
            List.of(Behaviour.POST_LISTING_DUMP), ClosureOutcome.SANCTIONED, List.of("****0234", "****0235"), FIGURES,
            List.of(FROZEN), List.of(LOAN));
    static final String TEXT = "The market maker of GPS sold about 70M GPS right after listing.";
    static final DisclosureDrafted DRAFTED = new DisclosureDrafted(ID, CASE, NoticeKind.NOTICE, null, "post-listing-dump",
            FACTS, TEXT, "alice");
    static final DisclosureSubmittedForApproval SUBMITTED = new DisclosureSubmittedForApproval(ID, CASE, 0, "carla");
    static final DisclosureApproved APPROVED = new DisclosureApproved(ID, CASE, 0, null);

    FixtureConfiguration<Disclosure> fixture;
    EventStore others;
    CaseSnapshot theCase = new CaseSnapshot(CASE, "GBX-2026-000003", CaseStatus.CLOSED, "alice",
            Set.of(Behaviour.POST_LISTING_DUMP, Behaviour.WASH_TRADING), ACCOUNTS, Set.of(Behaviour.POST_LISTING_DUMP));
    final List<byte[]> stored = new ArrayList<>();
    String publicAddress = "https://notices.example";

    /** A digest whose 32 bytes are all the given value. */
    static Sha256 digest(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return Sha256.of(bytes);
    }

    static Map<String, Object> as(String user, Role role) {
        return Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES, role.name());
    }

    static DraftDisclosure draft(NoticeFacts facts) {
        return new DraftDisclosure(ID, CASE, NoticeKind.NOTICE, null, "post-listing-dump", facts, TEXT);
    }

    static NoticeFacts facts(List<DisclosedFreeze> freezes, List<DisclosedEvidence> evidence,
            List<Behaviour> found) {
        return new NoticeFacts("GBX-2026-000003", "Northwind Liquidity", List.of("GPSUSDT"), found,
                ClosureOutcome.SANCTIONED, List.of("****0234", "****0235"), FIGURES, freezes, evidence);
    }

    static NoticeFacts citing(String runId, String digest) {
        return new NoticeFacts("GBX-2026-000003", "Northwind Liquidity", List.of("GPSUSDT"),
                List.of(Behaviour.POST_LISTING_DUMP), ClosureOutcome.SANCTIONED, List.of("****0234", "****0235"),
                FIGURES, List.of(FROZEN), List.of(LOAN), List.of(new org.glassbox.api.disclosure.CitedAnalysis(runId,
                        "D1", "1", "Dumping after listing", "Measures the sales.", digest, Map.of("soldQty", "7"), "e".repeat(64))));
    }

    /** An analysis run of a case in the other aggregates' store: completed or not, reproduced or not. */
    void analysisRun(String runId, String caseId, boolean completed, boolean notReproduced) {
        List<Object> events = new ArrayList<>();
        events.add(new org.glassbox.api.analysis.AnalysisRequested(runId, caseId, "D1", "1", List.of(), Map.of(),
                ACCOUNTS));
        if (completed) {
            events.add(new org.glassbox.api.analysis.AnalysisCompleted(runId, caseId, "D1", "b".repeat(64), null,
                    Map.of(), Map.of(), "e".repeat(64), null));
        }
        if (notReproduced) {
            events.add(new org.glassbox.api.analysis.AnalysisVerificationRequested(runId, caseId, "v"));
            events.add(new org.glassbox.api.analysis.AnalysisNotReproduced(runId, caseId, "v", "b".repeat(64),
                    "c".repeat(64), "other"));
        }
        history("AnalysisRun", runId, events.toArray());
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Disclosure.class);
        // The evidence items and freezes a draft names live in their own aggregates.
        others = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        history("EvidenceItem", "item-loan", new EvidenceSubmitted("item-loan", CASE, EvidenceKind.CONTRACT,
                "SHELL token-loan agreement", null, "legal", "alice", Instant.parse("2026-03-09T09:00:00Z"),
                Confidentiality.DISCLOSABLE, Set.of(Behaviour.POST_LISTING_DUMP),
                new StoredBlob(LOAN_SHA, 10, "text/plain", "loan.txt", "sha256/00")));
        history("EvidenceItem", "item-fills", new EvidenceSubmitted("item-fills", CASE, EvidenceKind.TRADE_EXPORT,
                "GPS fills", null, "matching engine", "alice", Instant.parse("2026-03-09T09:00:00Z"),
                Confidentiality.INTERNAL, Set.of(), new StoredBlob(digest(1), 10, "text/csv",
                        "fills.csv", "sha256/01")));
        history("EvidenceItem", "item-excluded", new EvidenceSubmitted("item-excluded", CASE, EvidenceKind.ANALYSIS,
                "Old analysis", null, "surveillance", "alice", Instant.parse("2026-03-09T09:00:00Z"),
                Confidentiality.DISCLOSABLE, Set.of(), new StoredBlob(digest(3), 10, "text/plain",
                        "old.txt", "sha256/02")), new EvidenceExcluded("item-excluded", CASE, "superseded"));
        history("FreezeRequest", "freeze-1", new AccountFreezeRequested("freeze-1", CASE, ACCOUNTS, FreezeScope.FULL,
                FROZEN.amounts(), "proceeds", Urgency.URGENT, Instant.parse("2026-04-09T10:00:00Z"), "alice"),
                new AccountFreezeApproved("freeze-1", CASE, ACCOUNTS, FreezeScope.FULL, null),
                new AccountFreezeExecuted("freeze-1", CASE, ACCOUNTS, FreezeScope.FULL, "ACS-1"));
        history("FreezeRequest", "freeze-2", new AccountFreezeRequested("freeze-2", CASE, ACCOUNTS, FreezeScope.FULL,
                List.of(), "proceeds", Urgency.URGENT, Instant.parse("2026-04-09T10:00:00Z"), "alice"));
        CaseFacts cases = caseId -> Optional.ofNullable(theCase).filter(c -> c.caseId().equals(caseId));
        StaffDirectory staff = new StaffDirectory() {
            @Override
            public Set<org.glassbox.api.shared.Role> rolesOf(String username) {
                return Set.of();
            }

            @Override
            public Set<String> names() {
                return Set.of("Ines Vogel", "Susan Miller");
            }
        };
        fixture.registerInjectableResource(cases);
        fixture.registerInjectableResource(staff);
        fixture.registerAnnotatedCommandHandler(new DisclosureDrafting(fixture.getRepository(),
                EventSourcingRepository.builder(EvidenceItem.class).eventStore(others).build(),
                EventSourcingRepository.builder(FreezeRequest.class).eventStore(others).build(),
                EventSourcingRepository.builder(org.glassbox.command.analysis.AnalysisRun.class).eventStore(others).build(),
                cases));
        NoticeRenderer renderer = notice -> (notice.reference() + "|" + notice.content().text() + "|"
                + notice.supersedesReference() + "|" + notice.publicUrl())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int[] counter = {0};
        fixture.registerAnnotatedCommandHandler(new DisclosurePublishing(fixture.getRepository(), renderer,
                caseId -> ++counter[0], new RecordingStore(), cases, staff,
                () -> java.util.Optional.ofNullable(publicAddress)));
    }

    private void history(String type, String id, Object... events) {
        for (int i = 0; i < events.length; i++) {
            others.publish(new GenericDomainEventMessage<>(type, id, i, events[i]));
        }
    }

    /** Keeps what it is given, as the content-addressed store would. */
    final class RecordingStore implements BlobStore {
        @Override
        public String put(Sha256 digest, long size, Path file) throws java.io.IOException {
            stored.add(java.nio.file.Files.readAllBytes(file));
            return "sha256/" + digest.hex();
        }

        @Override
        public java.io.InputStream open(String address) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(String address) {
            return true;
        }

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public java.util.List<StoredObject> contents() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(StoredObject object) {
            throw new UnsupportedOperationException();
        }
    }

    @Nested
    class Drafting {
        @Test
        void anInvestigatorDraftsFromTheCasesCheckedFacts() {
            fixture.givenNoPriorActivity().when(draft(FACTS), ALICE).expectEvents(DRAFTED)
                    .expectResultMessagePayload(ID);
        }

        @Test
        void communicationsStaffDraftToo() {
            fixture.givenNoPriorActivity().when(draft(FACTS), CARLA).expectSuccessfulHandlerExecution();
        }

        @Test
        void auditorsMayNotDraft() {
            fixture.givenNoPriorActivity().when(draft(FACTS), AUDREY).expectException(NotPermitted.class)
                    .expectNoEvents();
        }

        @Test
        void internalEvidenceCanNeverBeListed() {
            DisclosedEvidence fills = new DisclosedEvidence("item-fills", "GPS fills", "TRADE_EXPORT",
                    digest(1).hex());
            fixture.givenNoPriorActivity().when(draft(facts(List.of(FROZEN), List.of(LOAN, fills),
                    List.of(Behaviour.POST_LISTING_DUMP))), ALICE)
                    .expectException(RuleViolation.class).expectExceptionMessage(
                            org.hamcrest.Matchers.containsString("'GPS fills' is internal")).expectNoEvents();
        }

        @Test
        void excludedEvidenceCanNeverBeListed() {
            DisclosedEvidence old = new DisclosedEvidence("item-excluded", "Old analysis", "ANALYSIS",
                    digest(3).hex());
            fixture.givenNoPriorActivity().when(draft(facts(List.of(), List.of(old),
                    List.of(Behaviour.POST_LISTING_DUMP))), ALICE).expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aDigestThatIsNotTheItemsIsRefused() {
            DisclosedEvidence forged = new DisclosedEvidence("item-loan", LOAN.title(), "CONTRACT",
                    digest(9).hex());
            fixture.givenNoPriorActivity().when(draft(facts(List.of(), List.of(forged),
                    List.of(Behaviour.POST_LISTING_DUMP))), ALICE).expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void anUnmaskedAccountIsRefused() {
            NoticeFacts unmasked = new NoticeFacts("GBX-2026-000003", "Northwind Liquidity", List.of("GPSUSDT"),
                    List.of(Behaviour.POST_LISTING_DUMP), ClosureOutcome.SANCTIONED, List.of("UID-100234"), FIGURES,
                    List.of(), List.of());
            fixture.givenNoPriorActivity().when(draft(unmasked), ALICE)
                    .expectException(org.glassbox.api.shared.InvalidField.class).expectNoEvents();
        }

        @Test
        void aFreezeNeverExecutedCannotBeReported() {
            DisclosedFreeze pending = new DisclosedFreeze("freeze-2", List.of("****0234", "****0235"),
                    FreezeScope.FULL, List.of());
            fixture.givenNoPriorActivity().when(draft(facts(List.of(pending), List.of(),
                    List.of(Behaviour.POST_LISTING_DUMP))), ALICE).expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aFindingTheCaseDidNotSubstantiateIsRefused() {
            fixture.givenNoPriorActivity().when(draft(facts(List.of(), List.of(), List.of(Behaviour.WASH_TRADING))),
                    ALICE).expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void aCaseWithNoSubstantiatedBehaviourAndNoExecutedFreezeHasNothingToDisclose() {
            theCase = new CaseSnapshot(CASE, "GBX-2026-000003", CaseStatus.CLOSED, "alice",
                    Set.of(Behaviour.WASH_TRADING), ACCOUNTS, Set.of());
            fixture.givenNoPriorActivity().when(draft(facts(List.of(), List.of(), List.of())), ALICE)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("nothing to disclose"))
                    .expectNoEvents();
        }

        @Test
        void anExecutedFreezeAloneIsEnoughToDisclose() {
            theCase = new CaseSnapshot(CASE, "GBX-2026-000003", CaseStatus.UNDER_INVESTIGATION, "alice",
                    Set.of(Behaviour.WASH_TRADING), ACCOUNTS, Set.of());
            fixture.givenNoPriorActivity().when(draft(facts(List.of(FROZEN), List.of(), List.of())), ALICE)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCompletedAnalysisOfTheCaseMayBeCited() {
            analysisRun("run-1", CASE, true, false);
            fixture.givenNoPriorActivity().when(draft(citing("run-1", "b".repeat(64))), ALICE)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void anAnalysisThatDidNotReproduceItsResultCannotBeCited() {
            analysisRun("run-2", CASE, true, true);
            fixture.givenNoPriorActivity().when(draft(citing("run-2", "b".repeat(64))), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anUnfinishedAnAnotherCasesOrAMisquotedAnalysisCannotBeCited() {
            analysisRun("run-3", CASE, false, false);
            analysisRun("run-4", "case-2", true, false);
            analysisRun("run-5", CASE, true, false);
            for (NoticeFacts facts : List.of(citing("run-3", "b".repeat(64)), citing("run-4", "b".repeat(64)),
                    citing("run-5", "c".repeat(64)), citing("no-such-run", "b".repeat(64)))) {
                fixture.givenNoPriorActivity().when(draft(facts), ALICE).expectException(RuleViolation.class)
                        .expectNoEvents();
            }
        }

        @Test
        void anUnknownCaseIsNotFound() {
            theCase = null;
            fixture.givenNoPriorActivity().when(draft(FACTS), ALICE)
                    .expectException(AggregateNotFoundException.class).expectNoEvents();
        }
    }

    @Nested
    class RevisingAndSubmitting {
        @Test
        void everyRevisionIsKept() {
            fixture.given(DRAFTED).when(new ReviseDisclosureDraft(ID, "Revised text."), CARLA)
                    .expectEvents(new DisclosureDraftRevised(ID, CASE, 1, "Revised text.", "carla"));
        }

        @Test
        void textNamingAnAccountOrAnEmailOrStaffIsBlockedWithEachHit() {
            fixture.given(DRAFTED, new DisclosureDraftRevised(ID, CASE, 1,
                    "Account UID-100234 (ask ines.vogel@exchange.example) - reviewed by Susan Miller.", "carla"))
                    .when(new SubmitDisclosureForApproval(ID), CARLA)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("account id UID-100234 (write ****0234)"),
                            org.hamcrest.Matchers.containsString("e-mail address ines.vogel@exchange.example"),
                            org.hamcrest.Matchers.containsString("staff name Susan Miller")))
                    .expectNoEvents();
        }

        @Test
        void aCleanDraftGoesToApproval() {
            fixture.given(DRAFTED).when(new SubmitDisclosureForApproval(ID), CARLA).expectEvents(SUBMITTED);
        }

        @Test
        void aSubmittedDraftIsNotRevised() {
            fixture.given(DRAFTED, SUBMITTED).when(new ReviseDisclosureDraft(ID, "x"), CARLA)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Approving {
        @Test
        void aSupervisorWhoWroteNoneOfItApproves() {
            fixture.given(DRAFTED, SUBMITTED).when(new ApproveDisclosure(ID, null), SUSAN).expectEvents(APPROVED);
        }

        @Test
        void theDrafterCannotApprove() {
            fixture.given(new DisclosureDrafted(ID, CASE, NoticeKind.NOTICE, null, "t", FACTS, TEXT, "susan"), SUBMITTED)
                    .when(new ApproveDisclosure(ID, null), SUSAN).expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aSupervisorWhoRevisedItCannotApprove() {
            fixture.given(DRAFTED, new DisclosureDraftRevised(ID, CASE, 1, "Better.", "sam"), SUBMITTED)
                    .when(new ApproveDisclosure(ID, null), SAM).expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void communicationsCannotApprove() {
            fixture.given(DRAFTED, SUBMITTED).when(new ApproveDisclosure(ID, null), CARLA)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aRejectionSendsItBackToDraft() {
            fixture.given(DRAFTED, SUBMITTED).when(new RejectDisclosure(ID, "figures unsourced"), SUSAN)
                    .expectEvents(new DisclosureRejected(ID, CASE, "figures unsourced"));
            fixture.given(DRAFTED, SUBMITTED, new DisclosureRejected(ID, CASE, "figures unsourced"))
                    .when(new ReviseDisclosureDraft(ID, "Sourced figures."), ALICE).expectSuccessfulHandlerExecution();
        }

        @Test
        void aDraftNotSubmittedCannotBeApproved() {
            fixture.given(DRAFTED).when(new ApproveDisclosure(ID, null), SUSAN).expectException(RuleViolation.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Publishing {
        @Test
        void communicationsPublishAnApprovedNoticeWithItsPdfsDigest() {
            fixture.given(DRAFTED, SUBMITTED, APPROVED).when(new PublishDisclosure(ID), CARLA)
                    .expectResultMessagePayload("GBX-2026-000003-N1")
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                            org.axonframework.test.matchers.Matchers.messageWithPayload(
                                    org.hamcrest.Matchers.instanceOf(DisclosurePublished.class)),
                            org.axonframework.test.matchers.Matchers.andNoMore()));
            assertThat(new String(stored.get(0), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("GBX-2026-000003-N1|" + TEXT
                            + "|null|https://notices.example/public/notices/GBX-2026-000003-N1");
        }

        @Test
        void nothingIsPublishedUntilThePublicAddressIsSet() {
            publicAddress = null;
            fixture.given(DRAFTED, SUBMITTED, APPROVED).when(new PublishDisclosure(ID), CARLA)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("glassbox.public.base-url"))
                    .expectNoEvents();
            assertThat(stored).isEmpty();
        }

        @Test
        void anUnapprovedDraftIsNeverPublished() {
            fixture.given(DRAFTED, SUBMITTED).when(new PublishDisclosure(ID), CARLA)
                    .expectException(RuleViolation.class).expectNoEvents();
            assertThat(stored).isEmpty();
        }

        @Test
        void onlyCommunicationsPublish() {
            fixture.given(DRAFTED, SUBMITTED, APPROVED).when(new PublishDisclosure(ID), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aPublishedNoticeIsNeverEdited() {
            fixture.given(DRAFTED, SUBMITTED, APPROVED, published(ID, "GBX-2026-000003-N1"))
                    .when(new ReviseDisclosureDraft(ID, "Quietly changed."), CARLA)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("publish a correction"))
                    .expectNoEvents();
        }

        @Test
        void onlyAPublishedNoticeCanBeCorrected() {
            DraftDisclosure correction = new DraftDisclosure("disclosure-2", CASE, NoticeKind.CORRECTION, ID,
                    "post-listing-dump", FACTS, "Corrected.");
            fixture.given(DRAFTED, SUBMITTED).when(correction, CARLA).expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aSupersededNoticeIsNotSupersededAgain() {
            DraftDisclosure correction = new DraftDisclosure("disclosure-3", CASE, NoticeKind.RETRACTION, ID,
                    "retraction", FACTS, "Retracted.");
            fixture.given(DRAFTED, SUBMITTED, APPROVED, published(ID, "GBX-2026-000003-N1"),
                    new DisclosureSuperseded(ID, CASE, "disclosure-2", "GBX-2026-000003-N2", NoticeKind.CORRECTION))
                    .when(correction, CARLA).expectException(RuleViolation.class).expectNoEvents();
        }

        private DisclosurePublished published(String id, String reference) {
            return new DisclosurePublished(id, CASE, NoticeKind.NOTICE, reference, null, null,
                    Sha256.of(new byte[32]), 100, "sha256/x", Instant.parse("2026-03-10T10:00:00Z"));
        }
    }
}
