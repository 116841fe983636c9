package org.glassbox.ui.infrastructure;

import java.time.Duration;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * Axon deadlines persisted in PostgreSQL through db-scheduler (table scheduled_tasks, Flyway V8):
 * they survive a restart and fire on one node only. The same scheduler runs the recurring jobs
 * ({@link ClusterJobs}), once per period across the cluster. The scheduler's task calls back into the deadline
 * manager, which needs the scheduler, hence the lazy provider.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** Primary: Axon's own db-scheduler wiring takes this one; analyses have a scheduler of their own. */
    @Bean
    @org.springframework.context.annotation.Primary
    Scheduler deadlineScheduler(DataSource dataSource, ObjectProvider<DeadlineManager> deadlines,
            java.util.List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> recurring,
            @Value("${glassbox.deadlines.polling-interval:PT5S}") Duration polling,
            @Value("${glassbox.node-name:}") String node) {
        var builder = Scheduler.create(dataSource,
                        DbSchedulerDeadlineManager.binaryTask(() -> (DbSchedulerDeadlineManager) deadlines.getObject()))
                .startTasks(recurring)
                .threads(2)
                .pollingInterval(polling);
        if (!node.isBlank()) {
            builder.schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(node));
        }
        return builder.build();
    }

    /** This node's name in scheduled_run and db-scheduler's picked_by: glassbox.node-name, else host and process. */
    @Bean
    NodeName nodeName(@Value("${glassbox.node-name:}") String node) {
        return new NodeName(node.isBlank() ? hostName() + "-" + ProcessHandle.current().pid() : node);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "glassbox";
        }
    }

    @Bean
    DeadlineManager deadlineManager(Scheduler deadlineScheduler, org.axonframework.config.Configuration axon,
            Serializer serializer, TransactionManager transactions) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .startScheduler(true)
                .stopScheduler(true)
                .build();
    }
}
