package org.glassbox.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.glassbox.api.shared.Role;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.servlet.ServletContext;

/** Headers, sessions, CSRF and login throttling, as a browser or a script meets them. */
class WebSecurityIT extends IntegrationTest {
    @Autowired
    ServletContext servletContext;

    private HttpResponse<String> raw(HttpRequest.Builder request) {
        return send(null, request);
    }

    /** A new auditor account with the password "right-password" that has just failed to log in {@code times} times. */
    private String userWhoFailed(String prefix, int times) throws Exception {
        String user = unique(prefix);
        staff.createIfAbsent(user, "right-password", "Test " + prefix, Set.of(Role.AUDITOR));
        for (int i = 0; i < times; i++) {
            assertThat(basic(user, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        return user;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static void assertCommonHeaders(HttpResponse<?> response) {
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void apiAnswersCarryALockedDownPolicyAndNoSniffing() {
        var response = get("auditor", "/api/v1/cases");
        assertCommonHeaders(response);
        assertThat(header(response, "Content-Security-Policy")).startsWith("default-src 'none'");
        var refused = get(null, "/api/v1/cases");
        assertCommonHeaders(refused);
    }

    @Test
    void publicPagesMayStyleThemselvesButRunNoScript() throws Exception {
        var page = raw(HttpRequest.newBuilder(uri("/public/notices")));
        assertCommonHeaders(page);
        String policy = header(page, "Content-Security-Policy");
        assertThat(policy).startsWith("default-src 'none'").contains("style-src 'self' 'unsafe-inline'")
                .doesNotContain("script-src");
    }

    @Test
    void theStaffUiAllowsOnlyWhatVaadinNeedsAndIsNeverFramed() throws Exception {
        var login = raw(HttpRequest.newBuilder(uri("/login")));
        assertCommonHeaders(login);
        assertThat(header(login, "Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("object-src 'none'").contains("connect-src 'self'");
        assertThat(header(login, "Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void hstsIsSentOnlyWhereTheRequestCameOverTls() throws Exception {
        // Behind a TLS-terminating proxy Spring sees X-Forwarded-Proto only if told to trust it; over plain
        // HTTP the header would be meaningless and browsers ignore it, so it is absent.
        var plain = get("auditor", "/api/v1/cases");
        assertThat(header(plain, "Strict-Transport-Security")).isNull();
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        for (String[] header : new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
            var response = raw(HttpRequest.newBuilder(uri("/login")).header(header[0], header[1])
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=investigator&password=demo")));
            assertThat(response.statusCode()).as(header[0]).isEqualTo(403);
            assertThat(header(response, "Set-Cookie")).as("no session was logged in").isNull();
        }
    }

    @Test
    void loggingInFromGlassboxsOwnPageGivesANewSessionIdAndIdleSessionsEnd() throws Exception {
        var cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String before = session(cookies);
        assertThat(before).as("the login page opens a session").isNotBlank();
        var login = login(browser, "investigator", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(header(login, "Location")).doesNotContain("error");
        assertThat(session(cookies)).isNotBlank().isNotEqualTo(before);
        assertThat(servletContext.getSessionTimeout()).as("idle minutes").isEqualTo(30);
    }

    private HttpResponse<String> login(HttpClient browser, String user, String password) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/login")).header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String session(java.net.CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    @Test
    void aUserWhoFailsFiveTimesIsLockedOutEvenWithTheRightPasswordAndEveryTryIsRecorded() throws Exception {
        String user = userWhoFailed("locked", 5);
        var locked = basic(user, "right-password");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Too many failed logins");
        assertThat(jdbc.queryForList("SELECT outcome FROM login_attempt WHERE username = ? ORDER BY id", String.class,
                user)).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "LOCKED_OUT");
        assertThat(jdbc.queryForObject("SELECT address FROM login_attempt WHERE username = ? LIMIT 1", String.class,
                user)).isEqualTo("127.0.0.1");
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailuresSoTheyNoLongerCount() throws Exception {
        String user = userWhoFailed("forgetful", 4);
        assertThat(basic(user, "right-password").statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            basic(user, "wrong");
        }
        assertThat(basic(user, "right-password").statusCode()).as("4 + 4 failures, but a success between")
                .isEqualTo(200);
    }

    @Test
    void theLoginFormSaysWhenTheUserIsLockedOut() throws Exception {
        String user = userWhoFailed("formlocked", 5);
        var cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var login = login(browser, user, "right-password");
        assertThat(header(login, "Location")).endsWith("/login?locked");
    }

    @Test
    void manyFailuresFromOneAddressLockItForEveryUser() {
        var now = Instant.parse("2026-06-01T10:00:00Z");
        var throttle = new LoginThrottle(jdbc, Clock.fixed(now, ZoneOffset.UTC), 5, 3, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        String address = "198.51.100." + (int) (Math.random() * 250);
        jdbc.update("DELETE FROM login_attempt WHERE address = ?", address);
        for (String user : List.of(unique("a"), unique("b"), unique("c"))) {
            throttle.failed(user, address);
        }
        assertThat(throttle.lockedUntil(unique("d"), address)).hasValue(now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(unique("d"), "203.0.113.9")).isEmpty();
        var later = new LoginThrottle(jdbc, Clock.fixed(now.plus(Duration.ofMinutes(16)), ZoneOffset.UTC), 5, 3,
                Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertThat(later.lockedUntil(unique("d"), address)).as("the lock ends").isEmpty();
    }

    @Test
    void loginAttemptsAreForgottenAfterTheRetentionPeriod() {
        var then = Instant.parse("2026-06-01T10:00:00Z");
        var old = new LoginThrottle(jdbc, Clock.fixed(then, ZoneOffset.UTC), 5, 20, Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        var later = new LoginThrottle(jdbc, Clock.fixed(then.plus(Duration.ofDays(100)), ZoneOffset.UTC), 5, 20,
                Duration.ofMinutes(15), Duration.ofMinutes(15));
        String forgotten = unique("old");
        String kept = unique("recent");
        old.failed(forgotten, "198.51.100.7");
        later.failed(kept, "198.51.100.7");
        assertThat(later.forgetOlderThan(Duration.ofDays(90))).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_attempt WHERE username = ?", Long.class, forgotten))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_attempt WHERE username = ?", Long.class, kept))
                .isEqualTo(1);
    }

    private HttpResponse<String> basic(String user, String password) {
        return raw(HttpRequest.newBuilder(uri("/api/v1/cases")).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }
}
