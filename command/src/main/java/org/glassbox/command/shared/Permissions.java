package org.glassbox.command.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;

/** The permission rules every aggregate applies: who may act at all, and the four-eyes rule. */
public final class Permissions {
    private Permissions() {
    }

    /** The actor is authenticated and holds one of the roles; else {@link NotPermitted}. */
    public static void require(Actor actor, String what, Role... allowed) {
        if (actor == null || actor.userId() == null || !actor.hasAny(allowed)) {
            throw new NotPermitted("Only " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or "))
                    + " may " + what);
        }
    }

    /**
     * Four eyes: whoever asked for something never approves it. E.g. "Four-eyes rule: susan proposed
     * this closure, so another supervisor must approve it".
     */
    public static void requireOtherThan(Actor actor, String requester, String theirRequest, String needed) {
        if (Objects.equals(actor.userId(), requester)) {
            throw new NotPermitted("Four-eyes rule: " + requester + " " + theirRequest
                    + ", so another supervisor must " + needed);
        }
    }
}
