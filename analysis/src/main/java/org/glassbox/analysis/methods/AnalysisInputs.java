package org.glassbox.analysis.methods;

import java.util.List;

import org.glassbox.analysis.engine.Source;
import org.glassbox.analysis.format.KpiTerms;

/**
 * What a run reads: trade files (at least one), account link files and order event files (any number),
 * the accounts the case names (the market maker's, with every account the links give the same owner),
 * and the market maker's KPI terms where the method measures against them (else null).
 */
public record AnalysisInputs(List<Source> trades, List<Source> links, List<Source> orders, List<String> caseAccounts,
        KpiTerms kpiTerms) {
    public AnalysisInputs(List<Source> trades, List<Source> links, List<Source> orders, List<String> caseAccounts) {
        this(trades, links, orders, caseAccounts, null);
    }

    public AnalysisInputs {
        trades = List.copyOf(trades);
        links = List.copyOf(links);
        orders = List.copyOf(orders);
        caseAccounts = List.copyOf(caseAccounts);
    }
}
