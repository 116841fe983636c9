package org.glassbox.api.freeze;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The freeze passed its review deadline without being reviewed or lifted. */
@Revision("1")
public record FreezeReviewOverdue(String freezeId, String caseId, Instant reviewBy) {
}
