package org.glassbox.ui.support;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.ui.security.StaffAccounts;

/** Helpers every kind of integration test uses to make its own data and wait for the read side. */
public final class TestCommands {
    private TestCommands() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends a command as the named demo user, with the metadata the web layer would add. */
    public static <R> R as(CommandGateway commands, StaffAccounts staff, String user, Object command) {
        Actor actor = new Actor(user, staff.rolesOf(user));
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(MetaDataKeys.USER_ID, user, MetaDataKeys.USER_ROLES, actor.rolesText())));
    }

    /** Waits up to 15 s for an eventually consistent condition; fails the test if it never holds. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Events whose payload names any of the ids (a case, a freeze, an account): what a refused request
     * must leave as it found it. Deadlines of other tests fire in the background, so the store's total
     * is no measure.
     */
    public static long eventsAbout(org.springframework.jdbc.core.JdbcTemplate jdbc, String... ids) {
        long n = 0;
        for (String id : ids) {
            n += jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry WHERE position(convert_to(?, 'UTF8') in payload) > 0""",
                    Long.class, id);
        }
        return n;
    }
}
