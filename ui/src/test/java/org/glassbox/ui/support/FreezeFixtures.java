package org.glassbox.ui.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.security.StaffAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

/** What freeze tests start from: fresh account ids, a case under investigation, events looked up. */
public final class FreezeFixtures {
    private FreezeFixtures() {
    }

    /** An exchange account id no other test uses. */
    public static String account() {
        return "UID-" + (1_000_000 + (long) (Math.random() * 8_000_000_000L));
    }

    /** A post-listing-dump case about the accounts, assigned to and worked by "investigator". */
    public static FlaggedCase openCase(CommandGateway commands, StaffAccounts staff, String... accounts) {
        FlaggedCase c = TestCommands.as(commands, staff, "investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(TestCommands.unique("mm"), "Freeze Capital"), List.of(accounts), List.of("GPSUSDT"),
                Set.of(Behaviour.POST_LISTING_DUMP), "70M GPS sold after listing", Severity.CRITICAL,
                CaseSource.manual()));
        TestCommands.as(commands, staff, "supervisor", new AssignCase(c.caseId(), "investigator"));
        TestCommands.as(commands, staff, "investigator", new StartInvestigation(c.caseId()));
        return c;
    }

    /** Whether the freeze (or account) has an event of this type (simple name) in the store. */
    public static boolean recorded(JdbcTemplate jdbc, String aggregateId, String eventType) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                Long.class, aggregateId, "org.glassbox.api.freeze." + eventType);
        return n != null && n > 0;
    }

    /** A freeze of the accounts requested by the user, justified "Proceeds of the dump on <accounts>"; answers its id. */
    public static String requestFreeze(CommandGateway commands, StaffAccounts staff, String user, String caseId,
            org.glassbox.api.freeze.Urgency urgency, String... accounts) {
        String freezeId = UUID.randomUUID().toString();
        TestCommands.as(commands, staff, user, new org.glassbox.api.freeze.RequestAccountFreeze(freezeId, caseId,
                List.of(accounts), org.glassbox.api.freeze.FreezeScope.FULL, List.of(), "Proceeds of the dump on " + String.join(", ", accounts),
                urgency, java.time.Instant.now().plus(java.time.Duration.ofDays(30))));
        return freezeId;
    }
}
