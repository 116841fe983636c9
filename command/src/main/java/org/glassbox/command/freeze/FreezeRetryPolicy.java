package org.glassbox.command.freeze;

import java.time.Duration;

/** How often, and how patiently, a failed freeze is tried again before a person must take over. */
public record FreezeRetryPolicy(Duration firstDelay, int maxAttempts) {

    /** The wait after the given failed attempt: the first delay, doubled for each attempt since. */
    public Duration delayAfter(int attempt) {
        return firstDelay.multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
    }
}
