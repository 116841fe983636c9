package org.glassbox.command.freeze;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.freeze.AccountHoldPlaced;
import org.glassbox.api.freeze.AccountHoldReleased;
import org.glassbox.api.freeze.AccountHoldState;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.PlaceAccountHold;
import org.glassbox.api.freeze.ReleaseAccountHold;
import org.glassbox.command.shared.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An account frozen by two cases stays frozen until both freezes let go. */
class AccountHoldTest {
    static final String ACCOUNT = "UID-100234";
    static final AccountHoldPlaced BY_CASE_A = new AccountHoldPlaced(ACCOUNT, "f-a", "case-a", FreezeScope.TRADING,
            FreezeScope.TRADING, 1);
    static final AccountHoldPlaced BY_CASE_B = new AccountHoldPlaced(ACCOUNT, "f-b", "case-b", FreezeScope.WITHDRAWAL,
            FreezeScope.FULL, 2);

    FixtureConfiguration<AccountHold> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccountHold.class);
    }

    @Test
    void theFirstFreezeOfAnAccountHoldsIt() {
        fixture.givenNoPriorActivity()
                .when(new PlaceAccountHold(ACCOUNT, "f-a", "case-a", FreezeScope.TRADING), FreezeRequestTest.SAGA)
                .expectEvents(BY_CASE_A)
                .expectResultMessagePayload(new AccountHoldState(ACCOUNT, FreezeScope.TRADING, 1));
    }

    @Test
    void aSecondCasesFreezeAddsItsScope() {
        fixture.given(BY_CASE_A)
                .when(new PlaceAccountHold(ACCOUNT, "f-b", "case-b", FreezeScope.WITHDRAWAL), FreezeRequestTest.SAGA)
                .expectEvents(BY_CASE_B)
                .expectResultMessagePayload(new AccountHoldState(ACCOUNT, FreezeScope.FULL, 2));
    }

    @Test
    void placingTheSameFreezeAgainChangesNothing() {
        fixture.given(BY_CASE_A)
                .when(new PlaceAccountHold(ACCOUNT, "f-a", "case-a", FreezeScope.TRADING), FreezeRequestTest.SAGA)
                .expectNoEvents()
                .expectResultMessagePayload(new AccountHoldState(ACCOUNT, FreezeScope.TRADING, 1));
    }

    @Test
    void liftingOneOfTwoFreezesLeavesTheAccountFrozen() {
        fixture.given(BY_CASE_A, BY_CASE_B)
                .when(new ReleaseAccountHold(ACCOUNT, "f-a"), FreezeRequestTest.SAGA)
                .expectEvents(new AccountHoldReleased(ACCOUNT, "f-a", "case-a", FreezeScope.WITHDRAWAL, 1))
                .expectResultMessagePayload(new AccountHoldState(ACCOUNT, FreezeScope.WITHDRAWAL, 1));
    }

    @Test
    void liftingBothFreesTheAccount() {
        fixture.given(BY_CASE_A, BY_CASE_B, new AccountHoldReleased(ACCOUNT, "f-a", "case-a", FreezeScope.WITHDRAWAL, 1))
                .when(new ReleaseAccountHold(ACCOUNT, "f-b"), FreezeRequestTest.SAGA)
                .expectEvents(new AccountHoldReleased(ACCOUNT, "f-b", "case-b", null, 0))
                .expectResultMessagePayload(new AccountHoldState(ACCOUNT, null, 0));
    }

    @Test
    void releasingAFreezeThatHoldsNothingChangesNothing() {
        fixture.given(BY_CASE_A).when(new ReleaseAccountHold(ACCOUNT, "f-z"), FreezeRequestTest.SAGA)
                .expectNoEvents()
                .expectResultMessagePayload(new AccountHoldState(ACCOUNT, FreezeScope.TRADING, 1));
    }

    @Test
    void onlyTheOrchestrationPlacesHolds() {
        fixture.givenNoPriorActivity()
                .when(new PlaceAccountHold(ACCOUNT, "f-a", "case-a", FreezeScope.FULL), FreezeRequestTest.SUSAN)
                .expectException(NotPermitted.class).expectNoEvents();
    }
}
