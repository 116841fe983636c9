package org.glassbox.api.evidence;

import org.axonframework.serialization.Revision;

/** A market data item was read strictly on submission and found to hold this. */
@Revision("1")
public record MarketDataProfiled(String itemId, String caseId, EvidenceKind kind, MarketDataProfile profile) {
}
