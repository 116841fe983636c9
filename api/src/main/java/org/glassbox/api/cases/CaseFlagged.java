package org.glassbox.api.cases;

import java.util.List;
import java.util.Set;

import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.axonframework.serialization.Revision;

/** A case was opened; it holds a human reference unique and gap-free per year. */
@Revision("1")
public record CaseFlagged(String caseId, String reference, MarketMaker marketMaker, List<String> accounts, List<String> symbols,
        Set<Behaviour> behaviours, String summary, Severity severity, CaseSource source) {
}
