package org.glassbox.command.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.audit.ChainCheckpointSigned;
import org.glassbox.api.audit.SignChainCheckpoint;

/** One signed checkpoint of the hash chain. */
@Aggregate
public class ChainCheckpoint {
    @AggregateIdentifier
    private String checkpointId;

    protected ChainCheckpoint() {
        // for Axon's event sourcing
    }

    ChainCheckpoint(SignChainCheckpoint c) {
        apply(new ChainCheckpointSigned(c.checkpointId(), c.position(), c.digest(), c.signature(), c.publicKey(),
                org.glassbox.api.audit.SigningKeyIds.of(c.publicKey())));
    }

    @EventSourcingHandler
    void on(ChainCheckpointSigned e) {
        checkpointId = e.checkpointId();
    }
}
