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
 * they survive a restart and fire on one node only. The scheduler's task calls back into the deadline
 * manager, which needs the scheduler, hence the lazy provider.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** Primary: Axon's own db-scheduler wiring takes this one; analyses have a scheduler of their own. */
    @Bean
    @org.springframework.context.annotation.Primary
    Scheduler deadlineScheduler(DataSource dataSource, ObjectProvider<DeadlineManager> deadlines,
            @Value("${glassbox.deadlines.polling-interval:PT5S}") Duration polling) {
        return Scheduler.create(dataSource,
                        DbSchedulerDeadlineManager.binaryTask(() -> (DbSchedulerDeadlineManager) deadlines.getObject()))
                .threads(2)
                .pollingInterval(polling)
                .build();
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
