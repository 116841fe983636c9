package org.glassbox.ui.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.glassbox.api.shared.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: a user with {@code max-failures-per-user} failed logins within the
 * window, or an address with {@code max-failures-per-address}, is locked out until the lockout has
 * passed since its last failure. Attempts are kept in the database (table login_attempt), so every
 * node counts the same failures and the record says who tried what from where.
 */
@Component
public class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Duration lockout;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
            @Value("${glassbox.security.login.max-failures-per-user:5}") int maxPerUser,
            @Value("${glassbox.security.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${glassbox.security.login.window:PT15M}") Duration window,
            @Value("${glassbox.security.login.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.lockout = lockout;
    }

    /** Until when this user or address is locked out, if it is. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(window.compareTo(lockout) > 0 ? window : lockout));
        Instant until = latest(lockUntil("username", username, maxPerUser, since),
                lockUntil("address", address, maxPerAddress, since));
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private Instant lockUntil(String column, String value, int max, Timestamp since) {
        // The max-th most recent failure within the window: if there is one, the lock runs from the last failure.
        var rows = jdbc.queryForList("SELECT at FROM login_attempt WHERE " + column + " = ? AND NOT cleared"
                + " AND outcome = 'FAILED' AND at >= ? ORDER BY at DESC LIMIT ?", Timestamp.class, value, since, max);
        if (rows.size() < max || Duration.between(rows.get(max - 1).toInstant(), rows.get(0).toInstant())
                .compareTo(window) > 0) {
            return null;
        }
        return rows.get(0).toInstant().plus(lockout);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    public void failed(String username, String address) {
        record(username, address, "FAILED");
    }

    public void refusedWhileLocked(String username, String address) {
        record(username, address, "LOCKED_OUT");
        log.warn("Login refused while locked out: user {} from {}", Checks.shown(username, 200), address);
    }

    /** A successful login: the user's earlier failures no longer count towards a lock. */
    public void succeeded(String username) {
        jdbc.update("UPDATE login_attempt SET cleared = TRUE WHERE username = ? AND NOT cleared", username);
    }

    private void record(String username, String address, String outcome) {
        jdbc.update("INSERT INTO login_attempt (username, address, at, outcome) VALUES (?, ?, ?, ?)",
                Checks.shown(username, 196), Checks.shown(address, 60), Timestamp.from(clock.instant()), outcome);
    }

    /**
     * Forgets attempts older than the retention period: the record of who tried what from where is kept
     * long enough to investigate an attack, not for ever (it names people and addresses). Answers how many.
     */
    public int forgetOlderThan(Duration retention) {
        int forgotten = jdbc.update("DELETE FROM login_attempt WHERE at < ?",
                Timestamp.from(clock.instant().minus(retention)));
        if (forgotten > 0) {
            log.info("Forgot {} login attempt(s) older than {}", forgotten, retention);
        }
        return forgotten;
    }

    /** Once a day across the cluster: attempts older than glassbox.security.login.keep-attempts go. */
    @org.springframework.context.annotation.Bean
    static com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void> loginAttemptRetentionTask(
            org.springframework.beans.factory.ObjectProvider<LoginThrottle> throttle, JdbcTemplate jdbc, Clock clock,
            org.glassbox.ui.infrastructure.NodeName node,
            @Value("${glassbox.security.login.keep-attempts:P90D}") Duration retention) {
        return org.glassbox.ui.infrastructure.ClusterJobs.every("login-attempt-retention", Duration.ofDays(1),
                Duration.ofDays(1), jdbc, clock, node.value(), () -> throttle.getObject().forgetOlderThan(retention));
    }

    /** How long a lock lasts, for the login view to say. */
    public Duration lockout() {
        return lockout;
    }
}
