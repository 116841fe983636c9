package org.glassbox.command.cases;

import static org.glassbox.api.shared.Behaviour.POST_LISTING_DUMP;
import static org.glassbox.api.shared.Behaviour.SPOOFING;
import static org.glassbox.api.shared.Behaviour.WASH_TRADING;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.cases.AddCaseNote;
import org.glassbox.api.cases.AllegationDismissed;
import org.glassbox.api.cases.AllegationSubstantiated;
import org.glassbox.api.cases.ApproveClosure;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseAssigned;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseNoteAdded;
import org.glassbox.api.cases.CaseReopened;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.ChangeSeverity;
import org.glassbox.api.cases.ClosureApproved;
import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.ClosureProposed;
import org.glassbox.api.cases.ClosureRejected;
import org.glassbox.api.cases.DismissAllegation;
import org.glassbox.api.cases.InvestigationStarted;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.api.cases.RejectClosure;
import org.glassbox.api.cases.ReopenCase;
import org.glassbox.api.cases.SeverityChanged;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.cases.SubstantiateAllegation;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.command.shared.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every case command after flagging: its happy path and each of its rejections. */
class InvestigationCaseTest {
    static final String ID = "case-1";
    static final String REF = "GBX-2026-000001";
    static final Map<String, Object> ALICE = as("alice", Role.INVESTIGATOR);
    static final Map<String, Object> BOB = as("bob", Role.INVESTIGATOR);
    static final Map<String, Object> SUSAN = as("susan", Role.SUPERVISOR);
    static final Map<String, Object> SAM = as("sam", Role.SUPERVISOR);
    static final Map<String, Object> COMMS = as("carol", Role.COMMUNICATIONS);

    static final CaseFlagged FLAGGED = new CaseFlagged(ID, REF, new MarketMaker("mm-7", "Northwind Liquidity"),
            List.of("UID-1001"), List.of("GPSUSDT"), Set.of(WASH_TRADING, POST_LISTING_DUMP), "dumped after listing",
            Severity.HIGH, CaseSource.manual());
    static final CaseAssigned ASSIGNED_ALICE = new CaseAssigned(ID, "alice", null);
    static final InvestigationStarted STARTED = new InvestigationStarted(ID);
    static final AllegationSubstantiated WASH_PROVEN = new AllegationSubstantiated(ID, WASH_TRADING, "matched");
    static final AllegationDismissed DUMP_DISMISSED = new AllegationDismissed(ID, POST_LISTING_DUMP, "no dump");
    static final ClosureProposed PROPOSED_BY_SUSAN =
            new ClosureProposed(ID, ClosureOutcome.SANCTIONED, "offboard", "susan");
    static final ClosureApproved CLOSED = new ClosureApproved(ID, ClosureOutcome.SANCTIONED, "susan", null);

    FixtureConfiguration<InvestigationCase> fixture;

    static Map<String, Object> as(String user, Role... roles) {
        return Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES,
                String.join(",", java.util.Arrays.stream(roles).map(Enum::name).toList()));
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InvestigationCase.class);
        StaffDirectory staff = new StaffDirectory() {
            @Override
            public Set<Role> rolesOf(String username) {
                return switch (username) {
                    case "alice", "bob" -> Set.of(Role.INVESTIGATOR);
                    case "susan", "sam" -> Set.of(Role.SUPERVISOR);
                    default -> Set.of();
                };
            }

            @Override
            public Set<String> names() {
                return Set.of("Alice Adams", "Susan Miller");
            }
        };
        fixture.registerInjectableResource(staff);
    }

    @Nested
    class Assigning {
        @Test
        void supervisorAssignsAFlaggedCaseToAnInvestigator() {
            fixture.given(FLAGGED).when(new AssignCase(ID, "alice"), SUSAN)
                    .expectEvents(new CaseAssigned(ID, "alice", null));
        }

        @Test
        void reassigningNamesThePreviousAssignee() {
            fixture.given(FLAGGED, ASSIGNED_ALICE).when(new AssignCase(ID, "bob"), SUSAN)
                    .expectEvents(new CaseAssigned(ID, "bob", "alice"));
        }

        @Test
        void investigatorMayNotAssign() {
            fixture.given(FLAGGED).when(new AssignCase(ID, "bob"), ALICE)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void assigningToSomeoneWhoIsNotAnInvestigatorIsRejected() {
            fixture.given(FLAGGED).when(new AssignCase(ID, "sam"), SUSAN)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("'sam' is not an active investigator").expectNoEvents();
        }

        @Test
        void assigningToAnUnknownUserIsRejected() {
            fixture.given(FLAGGED).when(new AssignCase(ID, "mallory"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void assigningToTheCurrentAssigneeIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE).when(new AssignCase(ID, "alice"), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void assigningAClosedCaseIsRejected() {
            fixture.given(closedCase()).when(new AssignCase(ID, "bob"), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void commandWithoutAuthenticatedUserIsRejected() {
            fixture.given(FLAGGED).when(new AssignCase(ID, "alice"))
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class StartingTheInvestigation {
        @Test
        void assigneeStartsTheInvestigation() {
            fixture.given(FLAGGED, ASSIGNED_ALICE).when(new StartInvestigation(ID), ALICE).expectEvents(STARTED);
        }

        @Test
        void supervisorMayStartItForTheAssignee() {
            fixture.given(FLAGGED, ASSIGNED_ALICE).when(new StartInvestigation(ID), SUSAN).expectEvents(STARTED);
        }

        @Test
        void anotherInvestigatorMayNotStartIt() {
            fixture.given(FLAGGED, ASSIGNED_ALICE).when(new StartInvestigation(ID), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void startingAnUnassignedCaseIsRejected() {
            fixture.given(FLAGGED).when(new StartInvestigation(ID), SUSAN)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void startingTwiceIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED).when(new StartInvestigation(ID), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void communicationsMayNotStartIt() {
            fixture.given(FLAGGED, ASSIGNED_ALICE).when(new StartInvestigation(ID), COMMS)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class Notes {
        @Test
        void anyInvestigatorAddsANote() {
            fixture.given(FLAGGED).when(new AddCaseNote(ID, "export requested"), BOB)
                    .expectEvents(new CaseNoteAdded(ID, "export requested"));
        }

        @Test
        void aNoteOnAClosedCaseIsRejected() {
            fixture.given(closedCase()).when(new AddCaseNote(ID, "late"), ALICE)
                    .expectException(RuleViolation.class).expectExceptionMessage(
                            "Case GBX-2026-000001 is closed and cannot be annotated; a supervisor may reopen it")
                    .expectNoEvents();
        }

        @Test
        void communicationsMayNotAddNotes() {
            fixture.given(FLAGGED).when(new AddCaseNote(ID, "hi"), COMMS)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class Severities {
        @Test
        void severityChangesWithAReason() {
            fixture.given(FLAGGED).when(new ChangeSeverity(ID, Severity.CRITICAL, "losses above $5M"), ALICE)
                    .expectEvents(new SeverityChanged(ID, Severity.HIGH, Severity.CRITICAL, "losses above $5M"));
        }

        @Test
        void changingToTheSameSeverityIsRejected() {
            fixture.given(FLAGGED).when(new ChangeSeverity(ID, Severity.HIGH, "same"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void changingSeverityOfAClosedCaseIsRejected() {
            fixture.given(closedCase()).when(new ChangeSeverity(ID, Severity.LOW, "later"), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void auditorsMayNotChangeSeverity() {
            fixture.given(FLAGGED).when(new ChangeSeverity(ID, Severity.LOW, "x"), as("audrey", Role.AUDITOR))
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class Allegations {
        @Test
        void assigneeSubstantiatesAnAllegation() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED)
                    .when(new SubstantiateAllegation(ID, WASH_TRADING, "matched"), ALICE)
                    .expectEvents(WASH_PROVEN);
        }

        @Test
        void assigneeDismissesAnAllegation() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED)
                    .when(new DismissAllegation(ID, POST_LISTING_DUMP, "no dump"), ALICE)
                    .expectEvents(DUMP_DISMISSED);
        }

        @Test
        void aSubstantiatedAllegationMayLaterBeDismissed() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN)
                    .when(new DismissAllegation(ID, WASH_TRADING, "counterparties distinct"), ALICE)
                    .expectEvents(new AllegationDismissed(ID, WASH_TRADING, "counterparties distinct"));
        }

        @Test
        void decidingAnAllegationTheCaseDoesNotMakeIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED)
                    .when(new SubstantiateAllegation(ID, SPOOFING, "x"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void substantiatingTwiceIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN)
                    .when(new SubstantiateAllegation(ID, WASH_TRADING, "again"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void decidingBeforeTheInvestigationStartsIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE)
                    .when(new SubstantiateAllegation(ID, WASH_TRADING, "early"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void anInvestigatorNotAssignedMayNotDecide() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED)
                    .when(new DismissAllegation(ID, WASH_TRADING, "x"), BOB)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    @Nested
    class ProposingClosure {
        @Test
        void assigneeProposesASanctionOnceEveryAllegationIsDecided() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN, DUMP_DISMISSED)
                    .when(new ProposeClosure(ID, ClosureOutcome.SANCTIONED, "offboard"), ALICE)
                    .expectEvents(new ClosureProposed(ID, ClosureOutcome.SANCTIONED, "offboard", "alice"));
        }

        @Test
        void proposingWhileAllegationsAreUndecidedIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN)
                    .when(new ProposeClosure(ID, ClosureOutcome.SANCTIONED, "offboard"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void sanctionWithoutSubstantiatedAllegationIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED,
                            new AllegationDismissed(ID, WASH_TRADING, "no"), DUMP_DISMISSED)
                    .when(new ProposeClosure(ID, ClosureOutcome.SANCTIONED, "offboard"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void noViolationDespiteSubstantiatedAllegationIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN, DUMP_DISMISSED)
                    .when(new ProposeClosure(ID, ClosureOutcome.NO_VIOLATION, "fine"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void proposingOnAFlaggedCaseIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE)
                    .when(new ProposeClosure(ID, ClosureOutcome.NO_VIOLATION, "fine"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void proposingTwiceIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN, DUMP_DISMISSED, PROPOSED_BY_SUSAN)
                    .when(new ProposeClosure(ID, ClosureOutcome.SANCTIONED, "again"), ALICE)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class DecidingClosure {
        Object[] proposed() {
            return new Object[] {FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN, DUMP_DISMISSED, PROPOSED_BY_SUSAN};
        }

        @Test
        void aSecondSupervisorApprovesTheClosure() {
            fixture.given(proposed()).when(new ApproveClosure(ID, "agreed"), SAM)
                    .expectEvents(new ClosureApproved(ID, ClosureOutcome.SANCTIONED, "susan", "agreed"));
        }

        @Test
        void approvingOwnClosureProposalIsRejected() {
            fixture.given(proposed()).when(new ApproveClosure(ID, null), SUSAN)
                    .expectException(NotPermitted.class)
                    .expectExceptionMessage(
                            "Four-eyes rule: susan proposed this closure, so another supervisor must approve it")
                    .expectNoEvents();
        }

        @Test
        void rejectingOwnClosureProposalIsRejected() {
            fixture.given(proposed()).when(new RejectClosure(ID, "changed my mind"), SUSAN)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void investigatorMayNotApproveAClosure() {
            fixture.given(proposed()).when(new ApproveClosure(ID, null), ALICE)
                    .expectException(NotPermitted.class).expectNoEvents();
        }

        @Test
        void aSecondSupervisorRejectsTheClosure() {
            fixture.given(proposed()).when(new RejectClosure(ID, "evidence too thin"), SAM)
                    .expectEvents(new ClosureRejected(ID, ClosureOutcome.SANCTIONED, "evidence too thin"));
        }

        @Test
        void aRejectedProposalReturnsTheCaseToInvestigation() {
            fixture.given(proposed())
                    .andGiven(new ClosureRejected(ID, ClosureOutcome.SANCTIONED, "thin"))
                    .when(new AddCaseNote(ID, "gathering more"), ALICE)
                    .expectEvents(new CaseNoteAdded(ID, "gathering more"));
            fixture.given(proposed())
                    .andGiven(new ClosureRejected(ID, ClosureOutcome.SANCTIONED, "thin"))
                    .when(new ProposeClosure(ID, ClosureOutcome.SANCTIONED, "now with more"), ALICE)
                    .expectEvents(new ClosureProposed(ID, ClosureOutcome.SANCTIONED, "now with more", "alice"));
        }

        @Test
        void approvingWithoutAProposalIsRejected() {
            fixture.given(FLAGGED, ASSIGNED_ALICE, STARTED).when(new ApproveClosure(ID, null), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void closingAClosedCaseIsRejected() {
            fixture.given(closedCase()).when(new ApproveClosure(ID, null), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Nested
    class Reopening {
        @Test
        void supervisorReopensAClosedCase() {
            fixture.given(closedCase()).when(new ReopenCase(ID, "new evidence"), SAM)
                    .expectEvents(new CaseReopened(ID, "new evidence"));
        }

        @Test
        void aReopenedCaseCanBeWorkedAndClosedAgain() {
            fixture.given(closedCase()).andGiven(new CaseReopened(ID, "new evidence"))
                    .when(new DismissAllegation(ID, WASH_TRADING, "re-examined"), ALICE)
                    .expectEvents(new AllegationDismissed(ID, WASH_TRADING, "re-examined"));
        }

        @Test
        void reopeningAnOpenCaseIsRejected() {
            fixture.given(FLAGGED).when(new ReopenCase(ID, "why"), SAM)
                    .expectException(RuleViolation.class).expectNoEvents();
        }

        @Test
        void investigatorMayNotReopen() {
            fixture.given(closedCase()).when(new ReopenCase(ID, "please"), ALICE)
                    .expectException(NotPermitted.class).expectNoEvents();
        }
    }

    static Object[] closedCase() {
        return new Object[] {FLAGGED, ASSIGNED_ALICE, STARTED, WASH_PROVEN, DUMP_DISMISSED, PROPOSED_BY_SUSAN, CLOSED};
    }
}
