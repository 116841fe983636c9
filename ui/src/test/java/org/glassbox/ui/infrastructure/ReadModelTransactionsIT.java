package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read models (rebuilt from the events at will) commit without waiting for the disk; the hash chain and
 * the saga that calls the account system keep durable commits.
 */
class ReadModelTransactionsIT extends IntegrationTest {
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void readModelProcessorsCommitWhatTheyWroteWithoutWaitingForTheDisk() {
        for (String group : ProjectionRebuild.PROCESSING_GROUPS) {
            assertThat(settingAtCommit(group, true)).as(group).isEqualTo("off");
        }
    }

    @Test
    void aReadModelTransactionThatWroteNothingSendsNothing() {
        // Nothing was sent, so nothing was set: the setting as the commit finds it is the server's default.
        assertThat(settingAtCommit(ProjectionRebuild.PROCESSING_GROUPS.get(0), false)).isEqualTo("on");
    }

    @Test
    void theHashChainAndTheFreezeSagaKeepDurableCommits() {
        assertThat(settingAtCommit("audit-chain", true)).isEqualTo("on");
        assertThat(settingAtCommit("FreezeExecutionProcessor", true)).isEqualTo("on");
    }

    @Test
    void theSettingEndsWithTheTransaction() {
        settingAtCommit(ProjectionRebuild.PROCESSING_GROUPS.get(0), true);
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    /** The value of synchronous_commit just before the processor's transaction commits. */
    private String settingAtCommit(String processor, boolean write) {
        TransactionManager transactions = processing.transactionManager(processor);
        Transaction transaction = transactions.startTransaction();
        AtomicReference<String> atCommit = new AtomicReference<>();
        if (write) {
            jdbc.execute("CREATE TEMP TABLE IF NOT EXISTS written (x INT)");
            jdbc.update("INSERT INTO written VALUES (1)");
        }
        // Registered after the processor's own, so it runs after it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                atCommit.set(jdbc.queryForObject("SHOW synchronous_commit", String.class));
            }
        });
        transaction.commit();
        return atCommit.get();
    }
}
