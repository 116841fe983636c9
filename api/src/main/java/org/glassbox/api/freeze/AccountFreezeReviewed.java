package org.glassbox.api.freeze;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The freeze was reviewed and kept until the next review. */
@Revision("1")
public record AccountFreezeReviewed(String freezeId, String caseId, Instant nextReviewBy, String reason) {
}
