package org.glassbox.command.freeze;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glassbox.api.freeze.FreezeScope;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The account system over HTTP: each call has a timeout, is retried a few times with exponential
 * back-off when the failure may pass (timeouts, 5xx, 429), and goes through a circuit breaker so a
 * system that is down is not hammered. Longer waits and escalation belong to the freeze orchestration.
 */
public class HttpAccountControl implements AccountControl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public HttpAccountControl(URI base, Duration timeout, int attempts, Duration firstBackoff) {
        this(base, timeout, attempts, firstBackoff, Duration.ofSeconds(30));
    }

    /** @param circuitOpenFor how long calls pause once most recent calls failed */
    public HttpAccountControl(URI base, Duration timeout, int attempts, Duration firstBackoff,
            Duration circuitOpenFor) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.retry = Retry.of("account-system", RetryConfig.custom()
                .maxAttempts(attempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(firstBackoff, 2.0))
                .retryOnException(e -> e instanceof AccountControlFailure f && f.retryable())
                .build());
        this.breaker = CircuitBreaker.of("account-system", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(circuitOpenFor)
                .recordException(e -> e instanceof AccountControlFailure f && f.retryable())
                .build());
    }

    @Override
    public String hold(String idempotencyKey, List<String> accounts, FreezeScope scope) throws AccountControlFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", idempotencyKey);
        body.put("accounts", accounts);
        body.put("scope", scope.name());
        return call("/v1/account-holds", body);
    }

    @Override
    public String release(String idempotencyKey, List<String> accounts) throws AccountControlFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", idempotencyKey);
        body.put("accounts", accounts);
        return call("/v1/account-holds/release", body);
    }

    public CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private String call(String path, Map<String, Object> body) throws AccountControlFailure {
        try {
            return Retry.decorateCheckedSupplier(retry,
                    CircuitBreaker.decorateCheckedSupplier(breaker, () -> once(path, body))).get();
        } catch (AccountControlFailure failure) {
            throw failure;
        } catch (CallNotPermittedException open) {
            throw new AccountControlFailure("The account system is failing; calls are paused (circuit open)", true,
                    open);
        } catch (Throwable unexpected) {
            throw new AccountControlFailure("The account system call failed: " + unexpected.getMessage(), true,
                    unexpected);
        }
    }

    private String once(String path, Map<String, Object> body) throws AccountControlFailure {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", String.valueOf(body.get("idempotencyKey")))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200) {
                String confirmation = JSON.readTree(response.body()).path("confirmation").asText("");
                if (confirmation.isBlank()) {
                    throw new AccountControlFailure("The account system answered without a confirmation", true, null);
                }
                return confirmation;
            }
            boolean retryable = status >= 500 || status == 429 || status == 408;
            throw new AccountControlFailure("The account system answered HTTP " + status + ": " + response.body(),
                    retryable, null);
        } catch (HttpTimeoutException timedOut) {
            throw new AccountControlFailure("The account system did not answer within " + timeout.toMillis() + " ms", true, timedOut);
        } catch (IOException unreachable) {
            throw new AccountControlFailure("The account system cannot be reached: " + unreachable.getMessage(), true,
                    unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AccountControlFailure("Interrupted while calling the account system", true, interrupted);
        }
    }
}
