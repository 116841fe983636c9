package org.glassbox.ui.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.FindAnalysisRun;
import org.glassbox.api.analysis.FindCaseAnalyses;
import org.glassbox.api.analysis.LinkAnalysisToAllegation;
import org.glassbox.api.analysis.RunAnalysis;
import org.glassbox.api.analysis.VerifyAnalysis;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.command.evidence.BlobStore;
import org.glassbox.ui.cases.CaseService;
import org.glassbox.ui.web.NotFound;
import org.glassbox.ui.web.ReadSide;
import org.springframework.stereotype.Service;

/**
 * What the analyses API and tab share: asking for runs, verifications and links (the command side
 * decides), reading runs with the reader's view of the case, and the exact result bytes the digest covers.
 */
@Service
public class AnalysisService {
    private final CaseService cases;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BlobStore store;

    AnalysisService(CaseService cases, CommandGateway commands, QueryGateway queries, BlobStore store) {
        this.cases = cases;
        this.commands = commands;
        this.queries = queries;
        this.store = store;
    }

    /** Whether this actor may run analyses on the case now; the command side decides again on the command. */
    public boolean mayRun(Actor actor, org.glassbox.api.cases.CaseDetail c) {
        return actor.hasAny(org.glassbox.api.shared.Role.INVESTIGATOR, org.glassbox.api.shared.Role.SUPERVISOR)
                && c.status() != org.glassbox.api.cases.CaseStatus.CLOSED
                && (actor.has(org.glassbox.api.shared.Role.SUPERVISOR) || java.util.Objects.equals(actor.userId(),
                        c.assignee()));
    }

    public boolean mayVerify(Actor actor) {
        return actor.hasAny(org.glassbox.api.shared.Role.INVESTIGATOR, org.glassbox.api.shared.Role.SUPERVISOR,
                org.glassbox.api.shared.Role.AUDITOR);
    }

    /** Whether the actor may say this run supports an allegation: they work the case and it stands reproduced. */
    public boolean mayLink(Actor actor, org.glassbox.api.cases.CaseDetail c, AnalysisRunView run) {
        return mayRun(actor, c) && run.status() == org.glassbox.api.analysis.AnalysisStatus.COMPLETED
                && !"NOT_REPRODUCED".equals(run.verification().state());
    }

    /** Queues a run; answers its id. */
    public String run(Actor actor, String caseId, String method, List<String> evidence, Map<String, String> parameters) {
        cases.require(actor, caseId);
        String runId = UUID.randomUUID().toString();
        return commands.sendAndWait(new RunAnalysis(runId, caseId, method, evidence, parameters));
    }

    public List<AnalysisRunView> ofCase(Actor reader, String caseId) {
        cases.require(reader, caseId);
        return queries.query(new FindCaseAnalyses(caseId), ResponseTypes.multipleInstancesOf(AnalysisRunView.class))
                .join();
    }

    public Optional<AnalysisRunView> find(Actor reader, String runId) {
        Optional<AnalysisRunView> run = queries.query(new FindAnalysisRun(runId),
                ResponseTypes.optionalInstanceOf(AnalysisRunView.class)).join();
        return run.filter(r -> cases.detail(reader, r.caseId()).isPresent());
    }

    public AnalysisRunView require(Actor reader, String runId) {
        return find(reader, runId).orElseThrow(() -> new NotFound("No analysis run " + runId));
    }

    /** The canonical JSON of a completed run's result: the very bytes its digest is computed over. */
    public byte[] resultBytes(AnalysisRunView run) throws IOException {
        if (run.resultAddress() == null) {
            throw new NotFound("Analysis run " + run.runId() + " has no result (it is " + run.status() + ")");
        }
        try (InputStream in = store.open(run.resultAddress())) {
            return in.readAllBytes();
        }
    }

    public String verify(Actor actor, String runId) {
        require(actor, runId);
        String verificationId = UUID.randomUUID().toString();
        commands.sendAndWait(new VerifyAnalysis(runId, verificationId));
        return verificationId;
    }

    public void link(Actor actor, String runId, Behaviour behaviour, String reason) {
        require(actor, runId);
        commands.sendAndWait(new LinkAnalysisToAllegation(runId, behaviour, reason));
    }

    /** Waits (up to the timeout) until the read side shows the run past the version given (-1: at all). */
    public Optional<AnalysisRunView> awaitNewerThan(Actor reader, String runId, long version, long timeoutMillis) {
        ReadSide.awaitUntil(() -> find(reader, runId).filter(r -> r.version() > version).isPresent(), timeoutMillis);
        return find(reader, runId);
    }
}
