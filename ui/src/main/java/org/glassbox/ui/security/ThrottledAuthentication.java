package org.glassbox.ui.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for the login form and HTTP Basic alike: refused without even
 * checking the password while the user or the address is locked out, and every failure recorded.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(StaffAccounts staff, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(staff);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "";
        var locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throttle.refusedWhileLocked(username, address);
            throw new LockedOut(locked.get());
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return done;
        } catch (BadCredentialsException | org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed logins for this user or from this address. */
    static final class LockedOut extends LockedException {
        LockedOut(Instant until) {
            super("Too many failed logins for this user or from this address: try again after " + TIME.format(until));
        }
    }
}
