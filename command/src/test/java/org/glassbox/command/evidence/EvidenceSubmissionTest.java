package org.glassbox.command.evidence;

import static org.glassbox.command.evidence.EvidenceFixtures.CASE;
import static org.glassbox.command.evidence.EvidenceFixtures.DIGEST;
import static org.glassbox.command.evidence.EvidenceFixtures.submit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.evidence.EvidenceExcluded;
import org.glassbox.api.evidence.EvidenceLinkedToAllegation;
import org.glassbox.api.evidence.EvidenceSubmitted;
import org.glassbox.api.evidence.SubmitEvidence;
import org.glassbox.api.evidence.SubmittedEvidence;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting evidence: who may, to which case, for which allegations, and the same bytes twice. */
class EvidenceSubmissionTest {
    FixtureConfiguration<EvidenceItem> fixture;
    EvidenceFixtures.MutableCaseFacts cases;
    final Map<String, String> register = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EvidenceItem.class);
        cases = new EvidenceFixtures.MutableCaseFacts();
        fixture.registerInjectableResource(cases);
        fixture.registerAnnotatedCommandHandler(new EvidenceSubmission(fixture.getRepository(), cases,
                (caseId, digest, itemId) -> Optional.ofNullable(register.putIfAbsent(caseId + digest, itemId))));
    }

    static EvidenceSubmitted submittedAs(String itemId, Set<Behaviour> allegations) {
        SubmitEvidence c = submit(itemId, allegations);
        return new EvidenceSubmitted(c.itemId(), c.caseId(), c.kind(), c.title(), c.description(), c.sourceSystem(),
                c.collectedBy(), c.collectedAt(), c.confidentiality(), c.allegations(), c.blob());
    }

    @Test
    void theAssigneeSubmitsEvidenceForAnAllegationOfTheCase() {
        fixture.givenNoPriorActivity()
                .when(submit("item-1", Set.of(Behaviour.WASH_TRADING)), EvidenceItemTest.ALICE)
                .expectEvents(submittedAs("item-1", Set.of(Behaviour.WASH_TRADING)),
                        new org.glassbox.api.evidence.MarketDataProfiled("item-1", CASE,
                                org.glassbox.api.evidence.EvidenceKind.TRADE_EXPORT, EvidenceFixtures.PROFILE))
                .expectResultMessagePayload(new SubmittedEvidence("item-1", DIGEST, false));
    }

    @Test
    void theSameBytesSubmittedAgainAreRecognisedAndLinkedNotStoredTwice() {
        register.put(CASE + DIGEST, "item-1");
        fixture.given(submittedAs("item-1", Set.of(Behaviour.WASH_TRADING)))
                .when(submit("item-2", Set.of(Behaviour.WASH_TRADING, Behaviour.POST_LISTING_DUMP)),
                        EvidenceItemTest.SUSAN)
                .expectEvents(new EvidenceLinkedToAllegation("item-1", CASE, Behaviour.POST_LISTING_DUMP,
                        "Submitted again by susan"))
                .expectResultMessagePayload(new SubmittedEvidence("item-1", DIGEST, true));
    }

    @Test
    void bytesOfAnExcludedItemCannotBeSubmittedAgain() {
        register.put(CASE + DIGEST, "item-1");
        fixture.given(submittedAs("item-1", Set.of()), new EvidenceExcluded("item-1", CASE, "wrong file"))
                .when(submit("item-2", Set.of()), EvidenceItemTest.ALICE)
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void noEvidenceOnAClosedCase() {
        cases.current = EvidenceFixtures.closedCase();
        fixture.givenNoPriorActivity().when(submit("item-1", Set.of()), EvidenceItemTest.SUSAN)
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void evidenceForAnAllegationTheCaseDoesNotMakeIsRejected() {
        fixture.givenNoPriorActivity().when(submit("item-1", Set.of(Behaviour.SPOOFING)), EvidenceItemTest.ALICE)
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void evidenceForAnUnknownCaseIsRejected() {
        cases.current = null;
        fixture.givenNoPriorActivity().when(submit("item-1", Set.of()), EvidenceItemTest.ALICE)
                .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    @Test
    void onlyTheAssigneeOrASupervisorSubmits() {
        fixture.givenNoPriorActivity().when(submit("item-1", Set.of()), EvidenceItemTest.BOB)
                .expectException(NotPermitted.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit("item-1", Set.of()), EvidenceItemTest.AUDREY)
                .expectException(NotPermitted.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(submit("item-1", Set.of()), EvidenceItemTest.as("x", Role.ADMIN))
                .expectException(NotPermitted.class).expectNoEvents();
    }
}
