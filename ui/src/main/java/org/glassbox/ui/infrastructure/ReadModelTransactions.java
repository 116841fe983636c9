package org.glassbox.ui.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactions of the read-model processors: they commit without waiting for PostgreSQL to flush
 * the write-ahead log to disk ({@code synchronous_commit = off} for that transaction alone).
 *
 * <p>Why this is safe: a read model and its tracking token commit in one transaction, and an
 * asynchronous commit is still atomic and visible at once; only a crash of the database server (not
 * of Glassbox) within about 0.6 s of it can lose it, and then it is lost whole, token included, so
 * the processor handles the same events again from the events themselves, which every command commits
 * durably. Why it matters: a command's event is handled by several read-model processors, each
 * committing its own transaction, and each of those waited for its own disk flush. Sagas, the hash
 * chain and everything that talks to the outside keep the durable default.
 *
 * <p>The setting is made just before the commit and only when the transaction sent a statement, so a
 * batch that sent none (its events were none of the processor's business) costs no round trip.
 */
final class ReadModelTransactions implements TransactionManager {
    private final TransactionManager transactions;
    private final DataSource dataSource;

    ReadModelTransactions(TransactionManager transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    commitWithoutFlushIfWritten();
                }
            });
        }
        return transaction;
    }

    private void commitWithoutFlushIfWritten() {
        // The transaction's own connection, bound to this thread by Spring; not closed here.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // OPEN: something was sent (IDLE: nothing; FAILED: the commit will fail anyway, say nothing over it).
            if (connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.OPEN) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET LOCAL synchronous_commit TO OFF");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not relax the read model's commit", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
