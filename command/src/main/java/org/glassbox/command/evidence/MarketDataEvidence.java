package org.glassbox.command.evidence;

import org.glassbox.command.evidence.EvidenceItem.MarketDataInput;

/** Market data items as rules outside the item read them: from the item's own events, checked for the case. */
public interface MarketDataEvidence {

    /**
     * The item as an analysis of the case reads it; refused (InvalidField or RuleViolation) if it is not
     * usable market data of that case.
     */
    MarketDataInput of(String itemId, String caseId);
}
