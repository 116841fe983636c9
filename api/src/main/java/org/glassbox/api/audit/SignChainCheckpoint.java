package org.glassbox.api.audit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.Limits;

/** Records a signature over the hash chain's head at a position. Sent by the checkpoint schedule. */
public record SignChainCheckpoint(@TargetAggregateIdentifier String checkpointId, long position, String digest,
        String signature, String publicKey) {
    public SignChainCheckpoint {
        Checks.text("checkpointId", checkpointId, Limits.ID);
        Checks.text("digest", digest, 64);
        Checks.text("signature", signature, 200);
        Checks.text("publicKey", publicKey, 200);
    }
}
