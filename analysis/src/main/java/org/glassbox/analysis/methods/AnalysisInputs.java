package org.glassbox.analysis.methods;

import java.util.List;

import org.glassbox.analysis.engine.Source;

/**
 * What a run reads: trade files (at least one), account link files and order event files (any number),
 * and the accounts the case names (the market maker's, with every account the links give the same owner).
 */
public record AnalysisInputs(List<Source> trades, List<Source> links, List<Source> orders, List<String> caseAccounts) {
    public AnalysisInputs {
        trades = List.copyOf(trades);
        links = List.copyOf(links);
        orders = List.copyOf(orders);
        caseAccounts = List.copyOf(caseAccounts);
    }
}
