package org.glassbox.ui.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A token store that writes a token which only moved past events its processor ignores at most once
 * per interval per segment, instead of after every such event.
 *
 * <p>Why: a tracking processor stores its token after every batch it reads, also when it handles none
 * of the batch's events, and with a dozen processor segments each command cost a dozen token writes
 * (the profile in docs/performance.md). Such a write is the one Axon makes outside a unit of work with a
 * plain {@link GapAwareTrackingToken}; writes inside a unit of work (a batch that was handled: the token
 * commits with the read model), replay tokens (a reset), merged or split tokens and every other call
 * go through at once. What is held back costs nothing to lose: after a restart the processor reads the
 * ignored events again and ignores them again. Claim renewals of an idle processor are likewise sent at
 * most once per interval. The interval stays far below the claim timeout (10 s), so the segment's claim
 * is still renewed.
 */
final class IgnoredEventsTokenStore implements TokenStore {
    private final TokenStore tokens;
    private final long intervalNanos;
    private final ConcurrentMap<String, Long> lastWritten = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TrackingToken> heldBack = new ConcurrentHashMap<>();

    IgnoredEventsTokenStore(TokenStore tokens, Duration interval) {
        this.tokens = tokens;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        String key = key(processorName, segment);
        if (!CurrentUnitOfWork.isStarted() && token != null && token.getClass() == GapAwareTrackingToken.class) {
            Long last = lastWritten.get(key);
            if (last != null && System.nanoTime() - last < intervalNanos) {
                heldBack.put(key, token);
                return;
            }
        }
        tokens.storeToken(token, processorName, segment);
        heldBack.remove(key);
        lastWritten.put(key, System.nanoTime());
    }

    /**
     * Forgets a held-back token rather than writing it: by now another node may own the segment and be
     * further on, and a late write would claim the row back and move its token backwards.
     */
    @Override
    public void releaseClaim(String processorName, int segment) {
        heldBack.remove(key(processorName, segment));
        tokens.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        tokens.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        tokens.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        tokens.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        heldBack.remove(key(processorName, segment));
        tokens.deleteToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return tokens.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return tokens.fetchToken(processorName, segment);
    }

    /**
     * An idle processor renews its claim each time its wait for events ends (every
     * {@code glassbox.processors.poll}); a write within the interval (a token or a renewal) already did that.
     */
    @Override
    public void extendClaim(String processorName, int segment) {
        String key = key(processorName, segment);
        Long last = lastWritten.get(key);
        if (last != null && System.nanoTime() - last < intervalNanos) {
            return;
        }
        tokens.extendClaim(processorName, segment);
        lastWritten.put(key, System.nanoTime());
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return tokens.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return tokens.fetchSegments(processorName);
    }

    @Override
    public java.util.List<Segment> fetchAvailableSegments(String processorName) {
        return tokens.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return tokens.retrieveStorageIdentifier();
    }

    private static String key(String processorName, int segment) {
        return processorName + "/" + segment;
    }
}
