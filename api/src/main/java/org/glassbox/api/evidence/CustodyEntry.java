package org.glassbox.api.evidence;

import java.time.Instant;

/** One line of an item's chain of custody: who did what with it, when, and why. */
public record CustodyEntry(long sequence, Instant occurredAt, String actor, String actorRoles, String action,
        String detail) {
}
