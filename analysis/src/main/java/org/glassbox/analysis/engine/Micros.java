package org.glassbox.analysis.engine;

import java.time.Duration;
import java.time.Instant;

/** Times and spans as the engine holds them: whole microseconds since the epoch (or long). */
public final class Micros {
    private Micros() {
    }

    public static long of(Instant i) {
        return i.getEpochSecond() * 1_000_000 + i.getNano() / 1000;
    }

    public static long of(Duration d) {
        return d.getSeconds() * 1_000_000 + d.getNano() / 1000;
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000);
    }
}
