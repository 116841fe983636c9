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

    @Test
    void anEventStoreFailureForWantOfTheDatabaseIs503NotAConcurrentChange() {
        var response = handler.concurrentChange(new org.axonframework.eventsourcing.eventstore.EventStoreException(
                "append failed", new java.sql.SQLException("Connection is closed", "08003")));
        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anOutageThatNoHandlerSawIsAnswered503ByTheErrorPage() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new java.util.concurrent.CompletionException(
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                        new java.sql.SQLException("Connection is closed", "08003"))));
        var response = new ErrorPages(new org.glassbox.ui.publicsite.PublicPages("Example Exchange")).error(request);
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
    }

    @Test
    void aBugIsStillA500() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"));
        assertThat(new ErrorPages(new org.glassbox.ui.publicsite.PublicPages("Example Exchange")).error(request).getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void aBrowserOutsideTheApiGetsThePageInWordsAndAnApiClientTheProblem() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404);
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/nothing/here");
        request.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var pages = new ErrorPages(new org.glassbox.ui.publicsite.PublicPages("Example Exchange"));
        var page = pages.error(request);
        assertThat(page.getStatusCode().value()).isEqualTo(404);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat((String) page.getBody()).contains("<h1 id=\"problem\">Not Found</h1>",
                "Nothing is recorded at this address.", "href=\"/public/notices\"");

        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing");
        var problem = pages.error(request);
        assertThat(problem.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }
}
