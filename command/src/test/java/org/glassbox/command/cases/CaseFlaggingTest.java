package org.glassbox.command.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Role;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.shared.NotPermitted;
import org.glassbox.command.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flagging: reference allocation, the one-case-per-alert rule, and who may flag. */
class CaseFlaggingTest {
    static final MarketMaker NORTHWIND = new MarketMaker("mm-7", "Northwind Liquidity");

    FixtureConfiguration<InvestigationCase> fixture;
    final Map<Integer, Long> counters = new HashMap<>();
    final Map<String, AlertClaims.AlertHolder> claims = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InvestigationCase.class);
        CaseReferences references = year -> counters.merge(year, 1L, Long::sum);
        AlertClaims alerts = (alertId, caseId, reference) -> {
            AlertClaims.AlertHolder existing = claims.putIfAbsent(alertId, new AlertClaims.AlertHolder(caseId, reference));
            return Optional.ofNullable(existing);
        };
        Clock clock = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);
        fixture.registerAnnotatedCommandHandler(new CaseFlagging(fixture.getRepository(), references, alerts, clock));
    }

    static FlagCase flag(String id, CaseSource source) {
        return new FlagCase(id, NORTHWIND, List.of("UID-100234"), List.of("gpsusdt"), Set.of(Behaviour.WASH_TRADING),
                "70M GPS sold after listing", Severity.HIGH, source);
    }

    @Test
    void flaggingOpensACaseWithTheNextReferenceOfTheYear() {
        counters.put(2026, 41L);
        fixture.givenNoPriorActivity()
                .when(flag("c-1", CaseSource.alert("SURV-2026-1182")), InvestigationCaseTest.as("alice", Role.INVESTIGATOR))
                .expectEvents(new CaseFlagged("c-1", "GBX-2026-000042", NORTHWIND, List.of("UID-100234"),
                        List.of("GPSUSDT"), Set.of(Behaviour.WASH_TRADING), "70M GPS sold after listing", Severity.HIGH,
                        CaseSource.alert("SURV-2026-1182")))
                .expectResultMessagePayload(new FlaggedCase("c-1", "GBX-2026-000042"));
    }

    @Test
    void supervisorsMayFlagToo() {
        fixture.givenNoPriorActivity()
                .when(flag("c-2", CaseSource.manual()), InvestigationCaseTest.as("susan", Role.SUPERVISOR))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new FlaggedCase("c-2", "GBX-2026-000001"));
    }

    @Test
    void flaggingTheSameAlertTwiceIsRejectedNamingTheCaseThatHoldsIt() {
        claims.put("SURV-2026-1182", new AlertClaims.AlertHolder("c-0", "GBX-2026-000007"));
        fixture.givenNoPriorActivity()
                .when(flag("c-1", CaseSource.alert("SURV-2026-1182")), InvestigationCaseTest.as("alice", Role.INVESTIGATOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Surveillance alert SURV-2026-1182 is already held by case GBX-2026-000007 (c-0)")
                .expectNoEvents();
    }

    @Test
    void communicationsMayNotFlag() {
        fixture.givenNoPriorActivity()
                .when(flag("c-1", CaseSource.manual()), InvestigationCaseTest.as("carol", Role.COMMUNICATIONS))
                .expectException(NotPermitted.class).expectNoEvents();
        assertThat(counters).as("a refused flagging takes no reference").isEmpty();
    }

    @Test
    void auditorsMayNotFlag() {
        fixture.givenNoPriorActivity()
                .when(flag("c-1", CaseSource.manual()), InvestigationCaseTest.as("audrey", Role.AUDITOR))
                .expectException(NotPermitted.class).expectNoEvents();
    }
}
