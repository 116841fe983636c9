package org.glassbox.api.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who sends a command: the authenticated user and the roles they held at that moment. */
public record Actor(String userId, Set<Role> roles) {

    public Actor {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String userId, Role... roles) {
        return new Actor(userId, Set.of(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** The roles as stored in metadata: comma-separated, in declaration order. */
    public String rolesText() {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Role> parseRoles(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
