package org.glassbox.command.evidence;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.glassbox.api.shared.InvalidField;
import org.springframework.stereotype.Component;

/** Loads the item aggregate in the caller's unit of work. */
@Component
class RepositoryMarketDataEvidence implements MarketDataEvidence {
    private final Repository<EvidenceItem> items;

    RepositoryMarketDataEvidence(Repository<EvidenceItem> items) {
        this.items = items;
    }

    @Override
    public EvidenceItem.MarketDataInput of(String itemId, String caseId) {
        try {
            return items.load(itemId).invoke(item -> item.marketDataIn(caseId));
        } catch (AggregateNotFoundException | org.axonframework.eventsourcing.IncompatibleAggregateException e) {
            // No events under that id, or the events of another kind of aggregate (a case, a run...).
            throw new InvalidField("evidence", "names no evidence item of the case: "
                    + itemId.replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
