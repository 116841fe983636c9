package org.glassbox.ui.web;

import java.sql.SQLException;
import java.util.List;

/**
 * Whether a failure is the database (or another resource) being out of reach, rather than the request or
 * a bug: such a failure is answered 503 with Retry-After wherever it surfaces (a controller, a command, a
 * filter such as the login check, a query), since nothing was recorded and trying again will do.
 */
public final class Outages {
    private static final List<Class<? extends Exception>> TYPES = List.of(
            org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.springframework.transaction.CannotCreateTransactionException.class,
            // A commit or rollback that failed: the database's failure, not the request's.
            org.springframework.transaction.TransactionSystemException.class,
            org.axonframework.common.AxonTransientException.class, java.sql.SQLTransientException.class);

    private Outages() {
    }

    /** The outage in the failure's causes, or null. */
    public static Throwable cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (Class<? extends Exception> type : TYPES) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
            // SQLSTATE class 08: connection exception; 57P: the server shut down or is starting (PostgreSQL).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
