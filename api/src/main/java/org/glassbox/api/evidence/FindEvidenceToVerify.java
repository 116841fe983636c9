package org.glassbox.api.evidence;

import java.time.Instant;

/** Answers the ids (strings) of items in use whose last verification is older than the given time. */
public record FindEvidenceToVerify(Instant verifiedBefore, int limit) {
}
