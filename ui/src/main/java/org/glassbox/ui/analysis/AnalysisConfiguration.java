package org.glassbox.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.format.MarketDataReader;
import org.glassbox.analysis.methods.Analyses;
import org.glassbox.command.analysis.AnalysisProgress;
import org.glassbox.command.analysis.AnalysisRunner;
import org.glassbox.command.evidence.BlobStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The analysis engine with its own budget (native memory apart from the heap, threads, a spill
 * directory), the strict market data reader the evidence intake uses, and the background scheduler
 * that carries out runs: db-scheduler on its own table (analysis_tasks), so a run is picked up by one
 * node, survives a restart, and a node lost mid-run has its run revived elsewhere once its heartbeats stop.
 */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {
    static final String RUN_TASK = "analysis-run";
    static final String VERIFY_TASK = "analysis-verify";

    @Bean
    Engine analysisEngine(@Value("${glassbox.analysis.memory-limit:192MB}") String memoryLimit,
            @Value("${glassbox.analysis.threads:2}") int threads,
            @Value("${glassbox.analysis.work-dir:${java.io.tmpdir}/glassbox-analysis}") Path work) {
        return new Engine(memoryLimit, threads, work.resolve("engine"));
    }

    @Bean
    MarketDataReader marketDataReader(Engine analysisEngine) {
        return new MarketDataReader(analysisEngine);
    }

    @Bean
    AnalysisRunner analysisRunner(Engine analysisEngine, BlobStore store, CommandGateway commands,
            AnalysisProgress progress,
            @Value("${glassbox.analysis.work-dir:${java.io.tmpdir}/glassbox-analysis}") Path work) throws IOException {
        return new AnalysisRunner(new Analyses(analysisEngine), store, commands, progress, work.resolve("inputs"));
    }

    @Bean
    OneTimeTask<String> analysisRunTask(ObjectProvider<AnalysisJobs> jobs) {
        return Tasks.oneTime(RUN_TASK, String.class).onDeadExecutionRevive()
                .execute((instance, context) -> jobs.getObject().run(instance.getData()));
    }

    @Bean
    OneTimeTask<String> analysisVerifyTask(ObjectProvider<AnalysisJobs> jobs) {
        return Tasks.oneTime(VERIFY_TASK, String.class).onDeadExecutionRevive()
                .execute((instance, context) -> jobs.getObject().verify(instance.getData()));
    }

    /** Started once Flyway has made its table. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @org.springframework.context.annotation.DependsOn("flywayInitializer")
    Scheduler analysisScheduler(DataSource dataSource, List<OneTimeTask<String>> tasks,
            @Value("${glassbox.analysis.workers:1}") int workers,
            @Value("${glassbox.analysis.polling-interval:PT5S}") Duration polling,
            @Value("${glassbox.analysis.heartbeat:PT10S}") Duration heartbeat) {
        return Scheduler.create(dataSource, List.copyOf(tasks))
                .tableName("analysis_tasks")
                .threads(workers)
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(6)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }
}
