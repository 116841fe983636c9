package org.glassbox.api.cases;

import java.time.Instant;

/**
 * One event of a case as a person reads it: what happened, in a sentence, who did it in which role,
 * when, and the reason they gave.
 */
public record TimelineEntry(
        String eventId,
        long sequence,
        Instant occurredAt,
        String eventType,
        String actor,
        String actorRoles,
        String description,
        String reason) {
}
