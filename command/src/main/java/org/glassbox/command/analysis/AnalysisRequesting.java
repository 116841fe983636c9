package org.glassbox.command.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.glassbox.analysis.methods.AnalysisMethod;
import org.glassbox.analysis.methods.Methods;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.RunAnalysis;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.evidence.EvidenceItem;
import org.glassbox.command.evidence.MarketDataEvidence;
import org.glassbox.command.shared.Permissions;
import org.springframework.stereotype.Component;

/**
 * Queues analysis runs. Outside the run aggregate because it needs the case (open? who works it? whose
 * accounts?) and each evidence item (of this case, market data, in use, intact), read from their own
 * aggregates rather than a read model that may lag. What it records is all a run needs: the inputs'
 * digests and profiles, the parameters as the method will use them, the case's accounts.
 */
@Component
public class AnalysisRequesting {
    private final Repository<AnalysisRun> runs;
    private final MarketDataEvidence evidence;
    private final CaseFacts cases;

    public AnalysisRequesting(Repository<AnalysisRun> runs, MarketDataEvidence evidence, CaseFacts cases) {
        this.runs = runs;
        this.evidence = evidence;
        this.cases = cases;
    }

    @CommandHandler
    public String handle(RunAnalysis command, Actor actor) throws Exception {
        Permissions.require(actor, "run an analysis", Role.INVESTIGATOR, Role.SUPERVISOR);
        CaseSnapshot c = cases.requireWorkable(command.caseId(), actor, "run an analysis");
        AnalysisMethod method = Methods.require(command.method());
        Map<String, String> parameters = Methods.resolve(method, command.parameters());
        List<AnalysisInput> inputs = new ArrayList<>();
        for (String itemId : command.evidence()) {
            EvidenceItem.MarketDataInput in = evidence.of(itemId, c.caseId());
            inputs.add(new AnalysisInput(in.itemId(), in.kind(), in.title(), in.blob(), in.profile()));
        }
        for (AnalysisInput in : inputs) {
            if (!method.reads(in.kind())) {
                throw new InvalidField("evidence", "'" + in.title() + "' is " + in.kind() + ", which " + method.id()
                        + " does not read");
            }
        }
        for (EvidenceKind needed : method.requires()) {
            if (needed != EvidenceKind.TRADE_EXPORT && inputs.stream().noneMatch(i -> i.kind() == needed)) {
                throw new InvalidField("evidence", "must include " + needed + "; " + method.id() + " reads it");
            }
        }
        if (inputs.stream().filter(i -> i.kind() == EvidenceKind.KPI_TERMS).count() > 1) {
            throw new InvalidField("evidence", "must include one KPI_TERMS, not several: " + method.id()
                    + " measures against one agreement");
        }
        List<AnalysisInput> trades = inputs.stream().filter(i -> i.kind() == EvidenceKind.TRADE_EXPORT).toList();
        if (trades.isEmpty()) {
            throw new InvalidField("evidence", "must include a trade file (TRADE_EXPORT); " + method.id()
                    + " reads trades");
        }
        if (method.needsAccounts()
                && trades.stream().anyMatch(t -> t.profile().format() == MarketDataFormat.PUBLIC_SPOT_TRADES)) {
            throw new InvalidField("evidence", method.id() + " needs to know who traded, and a public spot trade dump"
                    + " does not say; use the exchange's internal trade export");
        }
        String symbol = parameters.get("symbol");
        if (symbol != null && trades.stream().allMatch(t -> t.profile().symbolCount() > 0
                && t.profile().symbolCount() == t.profile().symbols().size())
                && trades.stream().noneMatch(t -> t.profile().symbols().contains(symbol))) {
            throw new InvalidField("parameters.symbol", "names " + symbol + ", which the trade files do not hold");
        }
        runs.newInstance(() -> new AnalysisRun(command.runId(), c.caseId(), method.id(), method.version(), inputs,
                parameters, c.accounts()));
        return command.runId();
    }
}
