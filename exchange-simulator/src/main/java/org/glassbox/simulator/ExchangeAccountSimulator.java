package org.glassbox.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the exchange's account system, served over real HTTP on the loopback interface.
 *
 * <p>{@code POST /v1/account-holds} {"idempotencyKey", "accounts", "scope"} holds accounts and
 * {@code POST /v1/account-holds/release} {"idempotencyKey", "accounts"} releases them; both answer
 * {"confirmation"}. A key seen before gets its first confirmation again and changes nothing, as a real
 * account system with idempotency keys would. {@code GET /v1/accounts/{id}} tells an account's state.
 *
 * <p>Tests (and the demo) steer it: {@link #failNext(int, int)} answers the next calls with an error,
 * {@link #delay(Duration)} answers slowly (past a client's timeout, if long enough), and
 * {@link #applied(String)} tells how many times a key really changed accounts.
 */
public final class ExchangeAccountSimulator implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, String> confirmations = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, String> frozen = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 503;
    private volatile Duration delay = Duration.ZERO;
    private final AtomicLong sequence = new AtomicLong();

    private ExchangeAccountSimulator(HttpServer server) {
        this.server = server;
    }

    /** Starts on the loopback interface; port 0 picks a free one. */
    public static ExchangeAccountSimulator start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExchangeAccountSimulator simulator = new ExchangeAccountSimulator(server);
        server.createContext("/v1/account-holds/release", e -> simulator.handle(e, false));
        server.createContext("/v1/account-holds", e -> simulator.handle(e, true));
        server.createContext("/v1/accounts/", simulator::account);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return simulator;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code count} calls are answered with this HTTP status and change nothing. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failures.set(count);
    }

    /** Every call waits this long before it is answered. */
    public void delay(Duration wait) {
        delay = wait;
    }

    /** How many times the key really changed accounts (1 at most, however often it was sent). */
    public int applied(String idempotencyKey) {
        AtomicInteger n = applied.get(idempotencyKey);
        return n == null ? 0 : n.get();
    }

    /** How many calls arrived with the key, including refused and repeated ones. */
    public int received(String idempotencyKey) {
        AtomicInteger n = received.get(idempotencyKey);
        return n == null ? 0 : n.get();
    }

    /** The scope an account is frozen with, or null. */
    public String frozenScope(String accountId) {
        return frozen.get(accountId);
    }

    public void reset() {
        failures.set(0);
        delay = Duration.ZERO;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange, boolean hold) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("error", "POST only"));
                return;
            }
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in);
            } catch (IOException e) {
                send(exchange, 400, Map.of("error", "not JSON"));
                return;
            }
            String key = body.path("idempotencyKey").asText("");
            if (key.isBlank() || !body.path("accounts").isArray() || (hold && body.path("scope").asText("").isBlank())) {
                send(exchange, 400, Map.of("error", "idempotencyKey, accounts" + (hold ? " and scope" : "")
                        + " are required"));
                return;
            }
            received.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            pause();
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, failureStatus, Map.of("error", "simulated failure"));
                return;
            }
            String confirmation = confirmations.computeIfAbsent(key, k -> {
                List<String> accounts = JSON.convertValue(body.get("accounts"),
                        JSON.getTypeFactory().constructCollectionType(List.class, String.class));
                for (String account : accounts) {
                    if (hold) {
                        frozen.put(account, body.get("scope").asText());
                    } else {
                        frozen.remove(account);
                    }
                }
                applied.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
                return "ACS-" + sequence.incrementAndGet();
            });
            send(exchange, 200, Map.of("confirmation", confirmation, "idempotencyKey", key));
        }
    }

    private void account(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/v1/accounts/".length());
            Map<String, Object> state = new HashMap<>();
            state.put("accountId", id);
            state.put("frozen", frozen.containsKey(id));
            state.put("scope", frozen.get(id));
            send(exchange, 200, state);
        }
    }

    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // A client that timed out has hung up; the answer had nowhere to go.
        }
    }
}
