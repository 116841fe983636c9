package org.glassbox.api.audit;

import org.axonframework.serialization.Revision;

/**
 * The chain's head at {@code position} was {@code digest}, signed with Ed25519 (base64 signature over
 * {@link #message()}, base64 X.509 public key). Published on the public registry, so Glassbox can be
 * held to it later.
 */
@Revision("1")
public record ChainCheckpointSigned(String checkpointId, long position, String digest, String signature,
        String publicKey) {

    /** The exact bytes signed. */
    public String message() {
        return message(position, digest);
    }

    public static String message(long position, String digest) {
        return "glassbox-chain-checkpoint|" + position + "|" + digest;
    }
}
