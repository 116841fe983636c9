package org.glassbox.ui.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.glassbox.api.cases.CaseFlagged;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.api.shared.Severity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases in volume for benchmarks and load tests, appended straight to the event store in transactions of 1,000 events:
 * what the command side would have stored, without its pace. Every fourth belongs to Northwind Liquidity,
 * the n-th says "Synthetic case n" in its summary, so text searches find one case or a quarter of them.
 */
public final class SyntheticCases {
    public static final MetaData INVESTIGATOR = MetaData.with(MetaDataKeys.USER_ID, "investigator")
            .and(MetaDataKeys.USER_ROLES, "INVESTIGATOR");
    private static final String[] SYMBOLS = {"GPSUSDT", "SHELLUSDT", "ZKJUSDT", "MOVEUSDT", "PEPEUSDT"};
    private static final String[] NAMES = {"Northwind Liquidity", "Helix Quant Markets", "Aurora Market Making",
            "Kestrel Capital"};

    private final EventStore store;
    private final TransactionTemplate transactions;
    private final List<DomainEventMessage<?>> batch = new ArrayList<>();
    private long appended;

    public SyntheticCases(EventStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** The n-th synthetic case's flagging, with the reference it is known by. */
    public static DomainEventMessage<CaseFlagged> flagged(String caseId, String reference, int n) {
        Behaviour[] behaviours = Behaviour.values();
        Severity[] severities = Severity.values();
        String symbol = SYMBOLS[n % SYMBOLS.length];
        return new GenericDomainEventMessage<>("InvestigationCase", caseId, 0, new CaseFlagged(caseId, reference,
                new MarketMaker("mm-" + (n % 40), NAMES[n % NAMES.length]), List.of("UID-" + (100000 + n % 977)),
                List.of(symbol), Set.of(behaviours[n % behaviours.length]),
                "Synthetic case " + n + " on " + symbol + " for load testing", severities[n % severities.length],
                CaseSource.manual()), INVESTIGATOR);
    }

    /** Queues one event; every 1,000 go to the store in one transaction. */
    public void append(DomainEventMessage<?> event) {
        batch.add(event);
        if (batch.size() >= 1000) {
            flush();
        }
    }

    /** Stores what is queued; answers how many events were stored so far. */
    public long flush() {
        if (!batch.isEmpty()) {
            List<DomainEventMessage<?>> toAppend = List.copyOf(batch);
            transactions.executeWithoutResult(s -> store.publish(toAppend));
            appended += toAppend.size();
            batch.clear();
        }
        return appended;
    }
}
