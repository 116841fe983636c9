package org.glassbox.command.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.audit.IntegrityReport;
import org.glassbox.api.audit.IntegrityVerified;

/** One verification run of the event store, kept as history like everything else. */
@Aggregate
public class IntegrityCheck {
    @AggregateIdentifier
    private String verificationId;

    protected IntegrityCheck() {
        // for Axon's event sourcing
    }

    IntegrityCheck(String verificationId, IntegrityReport report) {
        apply(new IntegrityVerified(verificationId, report));
    }

    @EventSourcingHandler
    void on(IntegrityVerified e) {
        verificationId = e.verificationId();
    }
}
