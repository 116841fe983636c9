package org.glassbox.command.analysis;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.glassbox.api.analysis.AnalysisCompleted;
import org.glassbox.api.analysis.AnalysisFailed;
import org.glassbox.api.analysis.AnalysisInput;
import org.glassbox.api.analysis.AnalysisLinkedToAllegation;
import org.glassbox.api.analysis.AnalysisNotReproduced;
import org.glassbox.api.analysis.AnalysisReproduced;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.AnalysisStarted;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.api.analysis.AnalysisVerificationRequested;
import org.glassbox.api.analysis.CompleteAnalysis;
import org.glassbox.api.analysis.FailAnalysis;
import org.glassbox.api.analysis.LinkAnalysisToAllegation;
import org.glassbox.api.analysis.RecordAnalysisVerification;
import org.glassbox.api.analysis.StartAnalysis;
import org.glassbox.api.analysis.VerifyAnalysis;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Role;
import org.glassbox.command.cases.CaseFacts;
import org.glassbox.command.cases.CaseSnapshot;
import org.glassbox.command.shared.Permissions;
import org.glassbox.command.shared.RuleViolation;

/**
 * One run of an analysis method over evidence of a case, from the request to its result, and every
 * later check that the stored bytes still give that result. The result itself is not in the event
 * store: its canonical JSON lives in the blob store under its SHA-256, which the completion records.
 */
@Aggregate
public class AnalysisRun {

    @AggregateIdentifier
    private String runId;
    private String caseId;
    private String method;
    private String methodVersion;
    private AnalysisStatus status;
    private String resultDigest;
    private String pendingVerification;
    private boolean notReproduced;
    private final Set<Behaviour> allegations = EnumSet.noneOf(Behaviour.class);

    protected AnalysisRun() {
        // for Axon's event sourcing
    }

    /** Called by {@link AnalysisRequesting}, which has checked the case, the evidence and the parameters. */
    AnalysisRun(String runId, String caseId, String method, String methodVersion, List<AnalysisInput> inputs,
            Map<String, String> parameters, List<String> caseAccounts) {
        apply(new AnalysisRequested(runId, caseId, method, methodVersion, inputs, parameters, caseAccounts));
    }

    @CommandHandler
    public void handle(StartAnalysis command, Actor actor) {
        Permissions.require(actor, "start an analysis", Role.SYSTEM);
        // A node lost mid-run has its run revived elsewhere: it starts again, and says so.
        if (status == AnalysisStatus.QUEUED || status == AnalysisStatus.RUNNING) {
            apply(new AnalysisStarted(runId, caseId));
        }
    }

    @CommandHandler
    public void handle(CompleteAnalysis command, Actor actor) {
        Permissions.require(actor, "record an analysis result", Role.SYSTEM);
        if (status == AnalysisStatus.COMPLETED && Objects.equals(resultDigest, command.resultDigest())) {
            return;
        }
        requireUnfinished("completed");
        apply(new AnalysisCompleted(runId, caseId, method, command.resultDigest(), command.result(), command.engine(),
                command.headline(), command.publicDigest(), command.publicResult()));
    }

    @CommandHandler
    public void handle(FailAnalysis command, Actor actor) {
        Permissions.require(actor, "record an analysis failure", Role.SYSTEM);
        if (status == AnalysisStatus.FAILED || status == AnalysisStatus.REFUSED) {
            return;
        }
        requireUnfinished("failed");
        apply(new AnalysisFailed(runId, caseId, command.reason(), command.refused()));
    }

    @CommandHandler
    public void handle(VerifyAnalysis command, Actor actor) {
        Permissions.require(actor, "verify an analysis", Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR, Role.SYSTEM);
        if (status != AnalysisStatus.COMPLETED) {
            throw new RuleViolation("analysis-not-completed", "Only a completed analysis can be verified; this one is "
                    + status);
        }
        if (pendingVerification != null) {
            throw new RuleViolation("verification-running", "This analysis is being verified already");
        }
        String current = org.glassbox.analysis.methods.Methods.find(method).map(m -> m.version()).orElse(null);
        if (!methodVersion.equals(current)) {
            throw new RuleViolation("method-changed", "This analysis ran " + method + " version " + methodVersion
                    + "; Glassbox now has version " + current + ", which cannot reproduce it. Run it again instead");
        }
        apply(new AnalysisVerificationRequested(runId, caseId, command.verificationId()));
    }

    @CommandHandler
    public void handle(RecordAnalysisVerification command, Actor actor) {
        Permissions.require(actor, "record an analysis verification", Role.SYSTEM);
        if (!command.verificationId().equals(pendingVerification)) {
            return;
        }
        if (command.resultDigest() != null && command.resultDigest().equals(resultDigest)) {
            apply(new AnalysisReproduced(runId, caseId, command.verificationId(), resultDigest));
        } else {
            apply(new AnalysisNotReproduced(runId, caseId, command.verificationId(), resultDigest,
                    command.resultDigest(), command.problem() != null ? command.problem()
                            : "the stored bytes gave another result digest"));
        }
    }

    @CommandHandler
    public void handle(LinkAnalysisToAllegation command, Actor actor, CaseFacts cases) {
        Permissions.require(actor, "link an analysis", Role.INVESTIGATOR, Role.SUPERVISOR);
        CaseSnapshot c = cases.requireWorkable(caseId, actor, "link an analysis");
        if (status != AnalysisStatus.COMPLETED) {
            throw new RuleViolation("analysis-not-completed", "Only a completed analysis can support an allegation");
        }
        if (notReproduced) {
            throw new RuleViolation("analysis-not-reproduced", "This analysis did not reproduce its result from the"
                    + " stored bytes; it supports nothing until that is explained");
        }
        if (!c.allegations().contains(command.behaviour())) {
            throw new RuleViolation("unknown-allegation", "Case " + c.reference() + " alleges no "
                    + command.behaviour() + "; it alleges " + c.allegations());
        }
        if (allegations.contains(command.behaviour())) {
            throw new RuleViolation("already-linked", "This analysis already supports " + command.behaviour());
        }
        apply(new AnalysisLinkedToAllegation(runId, caseId, command.behaviour(), command.reason()));
    }

    /** Whether a notice of the case may cite this run: completed, of the case, and never failed to reproduce. */
    public boolean citableIn(String ofCase, String digest) {
        return caseId != null && caseId.equals(ofCase) && status == AnalysisStatus.COMPLETED && !notReproduced
                && Objects.equals(resultDigest, digest);
    }

    private void requireUnfinished(String participle) {
        if (status != AnalysisStatus.QUEUED && status != AnalysisStatus.RUNNING) {
            throw new RuleViolation("analysis-finished", "This analysis is " + status + " and cannot be " + participle);
        }
    }

    @EventSourcingHandler
    void on(AnalysisRequested e) {
        runId = e.runId();
        caseId = e.caseId();
        method = e.method();
        methodVersion = e.methodVersion();
        status = AnalysisStatus.QUEUED;
    }

    @EventSourcingHandler
    void on(AnalysisStarted e) {
        status = AnalysisStatus.RUNNING;
    }

    @EventSourcingHandler
    void on(AnalysisCompleted e) {
        status = AnalysisStatus.COMPLETED;
        resultDigest = e.resultDigest();
    }

    @EventSourcingHandler
    void on(AnalysisFailed e) {
        status = e.refused() ? AnalysisStatus.REFUSED : AnalysisStatus.FAILED;
    }

    @EventSourcingHandler
    void on(AnalysisVerificationRequested e) {
        pendingVerification = e.verificationId();
    }

    @EventSourcingHandler
    void on(AnalysisReproduced e) {
        pendingVerification = null;
    }

    @EventSourcingHandler
    void on(AnalysisNotReproduced e) {
        pendingVerification = null;
        notReproduced = true;
    }

    @EventSourcingHandler
    void on(AnalysisLinkedToAllegation e) {
        allegations.add(e.behaviour());
    }
}
