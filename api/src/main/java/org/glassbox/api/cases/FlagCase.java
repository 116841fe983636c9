package org.glassbox.api.cases;

import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Checks;
import org.glassbox.api.shared.ExchangeFormats;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;

/** Opens a case against a market maker on one or more markets. The caller picks the case id. */
public record FlagCase(
        @TargetAggregateIdentifier String caseId,
        MarketMaker marketMaker,
        List<String> accounts,
        List<String> symbols,
        Set<Behaviour> behaviours,
        String summary,
        Severity severity,
        CaseSource source) {

    public FlagCase {
        Checks.text("caseId", caseId, Limits.ID);
        marketMaker = Checks.present("marketMaker", marketMaker).validated();
        accounts = ExchangeFormats.accounts("accounts", accounts);
        symbols = ExchangeFormats.symbols("symbols", symbols);
        behaviours = Checks.nonEmpty("behaviours", behaviours);
        summary = Checks.text("summary", summary, Limits.SUMMARY).strip();
        Checks.present("severity", severity);
        source = Checks.present("source", source).validated();
    }
}
