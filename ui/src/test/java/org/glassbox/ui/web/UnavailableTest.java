package org.glassbox.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that cannot be reached is a 503 the client may retry, never a 500. */
class UnavailableTest {
    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aLostConnectionIs503WithRetryAfter() {
        var response = handler.unavailable(new CannotGetJdbcConnectionException("pool exhausted",
                new SQLTransientConnectionException("Connection is not available")));
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("nothing was recorded");
    }

    @Test
    void aCommandThatFailedForWantOfTheDatabaseIs503Too() {
        var response = handler.commandFailed(new CommandExecutionException("failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction")));
        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }
}
