package org.glassbox.command.evidence;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds what the evidence store holds that no event refers to: bytes taken in whose submission was never
 * recorded (the process died, the command was refused, a later file of the same upload failed) and
 * leftovers of writes that never finished. Each is reported; one is removed only once it is older than the
 * grace period, so an upload still on its way to being recorded is never touched.
 *
 * <p>The event store decides what is referenced (every blob address any event carries: evidence, analysis
 * results, notice PDFs), not a read model that may lag behind it.
 */
public class OrphanSweep {
    private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);
    private final BlobStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration grace;

    public OrphanSweep(BlobStore store, JdbcTemplate jdbc, Clock clock, Duration grace) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
    }

    /** Something in the store that no event refers to; {@code partial}: a write that never finished. */
    public record Orphan(String name, String address, long size, Instant modified, boolean partial,
            Instant removableAfter) {
    }

    /** What a scan found, and what a sweep removed (and could not). */
    public record Report(Instant at, Duration grace, int objectsHeld, int referenced, List<Orphan> orphans,
            List<String> removed, List<String> notRemoved) {
    }

    /** Looks, changes nothing. */
    public Report scan() throws IOException {
        return run(false);
    }

    /** Looks, and removes the orphans older than the grace period. */
    public Report sweep() throws IOException {
        return run(true);
    }

    private Report run(boolean remove) throws IOException {
        Instant now = clock.instant();
        // The references first: a blob recorded after this query was stored before it, so it is fresh and kept.
        Set<String> referenced = referencedAddresses();
        List<BlobStore.StoredObject> held = store.contents();
        List<Orphan> orphans = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> notRemoved = new ArrayList<>();
        for (BlobStore.StoredObject object : held) {
            if (object.address() != null && referenced.contains(object.address())) {
                continue;
            }
            Instant removableAfter = object.modified().plus(grace);
            orphans.add(new Orphan(object.name(), object.address(), object.size(), object.modified(), object.partial(),
                    removableAfter));
            if (remove && !now.isBefore(removableAfter)) {
                try {
                    store.remove(object);
                    removed.add(object.name());
                } catch (IOException e) {
                    notRemoved.add(object.name() + ": " + e.getMessage());
                }
            }
        }
        if (!orphans.isEmpty()) {
            log.warn("Evidence store: {} object(s) no event refers to ({} removed after the grace period of {}{})",
                    orphans.size(), removed.size(), grace, notRemoved.isEmpty() ? "" : ", " + notRemoved.size()
                            + " could not be removed");
        }
        return new Report(now, grace, held.size(), (int) held.stream().filter(o -> o.address() != null
                && referenced.contains(o.address())).count(), List.copyOf(orphans), List.copyOf(removed),
                List.copyOf(notRemoved));
    }

    private Set<String> referencedAddresses() {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT m[1] FROM domain_event_entry,
                    regexp_matches(convert_from(payload, 'UTF8'), '"((?:local|s3):[A-Za-z0-9/]{1,200})"', 'g') AS m
                """, String.class));
    }
}
