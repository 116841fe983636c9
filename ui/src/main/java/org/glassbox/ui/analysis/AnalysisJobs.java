package org.glassbox.ui.analysis;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.glassbox.api.analysis.AnalysisCompleted;
import org.glassbox.api.analysis.AnalysisFailed;
import org.glassbox.api.analysis.AnalysisNotReproduced;
import org.glassbox.api.analysis.AnalysisReproduced;
import org.glassbox.api.analysis.AnalysisRequested;
import org.glassbox.api.analysis.AnalysisVerificationRequested;
import org.glassbox.command.analysis.AnalysisRunner;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * Hands every requested run and verification to the background scheduler (processing group
 * analysis-runner, never replayed), and carries a scheduled one out. What a run reads comes from its own
 * events, so nothing but the run id travels through the scheduler; a run or verification already
 * finished (a task revived after it completed, a token reset) is not computed again.
 */
@Component
@ProcessingGroup("analysis-runner")
class AnalysisJobs {
    private final SchedulerClient scheduler;
    private final OneTimeTask<String> runTask;
    private final OneTimeTask<String> verifyTask;
    private final EventStore events;
    private final AnalysisRunner runner;
    private final Clock clock;

    AnalysisJobs(@Qualifier("analysisScheduler") SchedulerClient scheduler,
            @Qualifier("analysisRunTask") OneTimeTask<String> runTask,
            @Qualifier("analysisVerifyTask") OneTimeTask<String> verifyTask, EventStore events, AnalysisRunner runner,
            Clock clock) {
        this.scheduler = scheduler;
        this.runTask = runTask;
        this.verifyTask = verifyTask;
        this.events = events;
        this.runner = runner;
        this.clock = clock;
    }

    @EventHandler
    void on(AnalysisRequested e) {
        scheduler.scheduleIfNotExists(runTask.instance(e.runId(), e.runId()), clock.instant());
    }

    @EventHandler
    void on(AnalysisVerificationRequested e) {
        scheduler.scheduleIfNotExists(verifyTask.instance(e.verificationId(), e.runId() + " " + e.verificationId()),
                clock.instant());
    }

    void run(String runId) {
        List<Object> history = history(runId);
        boolean finished = history.stream().anyMatch(p -> p instanceof AnalysisCompleted || p instanceof AnalysisFailed);
        requested(history).filter(r -> !finished).ifPresent(runner::run);
    }

    void verify(String task) {
        String[] ids = task.split(" ", 2);
        List<Object> history = history(ids[0]);
        boolean answered = history.stream().anyMatch(p -> p instanceof AnalysisReproduced r
                && r.verificationId().equals(ids[1])
                || p instanceof AnalysisNotReproduced n && n.verificationId().equals(ids[1]));
        requested(history).filter(r -> !answered).ifPresent(r -> runner.verify(r, ids[1]));
    }

    private List<Object> history(String runId) {
        return events.readEvents(runId).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static Optional<AnalysisRequested> requested(List<Object> history) {
        return history.stream().filter(AnalysisRequested.class::isInstance).map(AnalysisRequested.class::cast)
                .findFirst();
    }
}
