package org.glassbox.api.audit;

import org.axonframework.serialization.Revision;

/**
 * The chain's head at {@code position} was {@code digest}, signed with Ed25519 (base64 signature over
 * {@link #message()}, base64 X.509 public key, and that key's id). Published on the public registry,
 * so Glassbox can be held to it later. Revision 2 added the key id; a revision-1 checkpoint reads with
 * the id computed from its public key, which is what the id is.
 */
@Revision("2")
public record ChainCheckpointSigned(String checkpointId, long position, String digest, String signature,
        String publicKey, String keyId) {

    public ChainCheckpointSigned {
        if (keyId == null && publicKey != null) {
            keyId = SigningKeyIds.of(publicKey);
        }
    }

    /** The exact bytes signed. */
    public String message() {
        return message(position, digest);
    }

    public static String message(long position, String digest) {
        return "glassbox-chain-checkpoint|" + position + "|" + digest;
    }
}
