package org.glassbox.ui.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated user of the current request or Vaadin session, as an {@link Actor}. */
public final class CurrentActor {
    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null
                || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return Optional.of(new Actor(auth.getName(), roles(auth)));
    }

    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }

    private static Set<Role> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .filter(name -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
