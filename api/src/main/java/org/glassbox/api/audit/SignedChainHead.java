package org.glassbox.api.audit;

import java.time.Instant;

/** The hash chain's head as last signed: anyone can check the signature with the public key. */
public record SignedChainHead(long position, String digest, String signature, String publicKey, String keyId,
        Instant signedAt) {

    public String message() {
        return ChainCheckpointSigned.message(position, digest);
    }
}
