package org.glassbox.ui.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.glassbox.ui.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application on a real server port and the run's throwaway PostgreSQL, with the demo
 * users (profile demo). Every integration test extends this, so all share one Spring context.
 * Tests make their own data (fresh market maker ids) and never assume an empty store.
 */
@GlassboxIntegrationTest
public abstract class IntegrationTest {
    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected StaffAccounts staff;

    protected static String unique(String prefix) {
        return TestCommands.unique(prefix);
    }

    /** Sends a command as the named demo user, as the web layer would, and answers its result. */
    protected <R> R as(String user, Object command) {
        return TestCommands.as(commands, staff, user, command);
    }

    protected long eventCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }

    /** A case under investigation by "investigator" about the accounts; answers its id. */
    protected String caseUnderInvestigation(String... accounts) {
        return FreezeFixtures.openCase(commands, staff, accounts).caseId();
    }

    /** Whether the freeze (or account) has an event of this type (simple name) in the store. */
    protected boolean recorded(String aggregateId, String eventType) {
        return FreezeFixtures.recorded(jdbc, aggregateId, eventType);
    }

    /**
     * Every demo user whose role is not allowed gets 403 problem+json before the (unreadable) body is
     * read; no login gets 401 with a challenge.
     */
    protected void assertOnlyAllowedRolesGetThrough(String method, String url, java.util.Set<String> allowed) {
        for (String user : java.util.List.of("investigator", "supervisor", "communications", "auditor", "admin")) {
            if (allowed.contains(user)) {
                continue;
            }
            HttpResponse<String> response = method.equals("GET") ? get(user, url) : post(user, url, "{not json");
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(user + " " + method + " " + url)
                    .isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json");
        }
        HttpResponse<String> anonymous = method.equals("GET") ? get(null, url) : post(null, url, "{not json");
        org.assertj.core.api.Assertions.assertThat(anonymous.statusCode()).isEqualTo(401);
        org.assertj.core.api.Assertions.assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    protected static void await(String what, BooleanSupplier condition) {
        TestCommands.await(what, condition);
    }

    protected HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected HttpResponse<String> post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data POST with the text fields and, if fileName is not null, one file part "file". */
    protected HttpResponse<String> multipart(String user, String path, java.util.Map<String, String> fields,
            String fileName, String contentType, byte[] content) {
        String boundary = "----glassbox" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        if (fileName != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(fileName).append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
        }
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (fileName != null) {
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(user, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Sends the request as the demo user (none: anonymous), with a 30-second time-out. */
    protected HttpResponse<String> send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
