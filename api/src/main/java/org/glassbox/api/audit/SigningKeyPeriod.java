package org.glassbox.api.audit;

import java.time.Instant;

/** A key that signed the chain: from its first checkpoint to its last, and how many it signed. */
public record SigningKeyPeriod(String keyId, String publicKey, Instant firstSigned, Instant lastSigned,
        long checkpoints, long firstPosition, long lastPosition) {
}
