package org.glassbox.api.audit;

import org.axonframework.serialization.Revision;

/** A verification of the event store ran; its report, intact or not, is part of the history. */
@Revision("1")
public record IntegrityVerified(String verificationId, IntegrityReport report) {
}
