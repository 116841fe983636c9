package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class IgnoredEventsTokenStoreTest {
    private static final String PROCESSOR = "case-views";

    private final InMemoryTokenStore stored = new InMemoryTokenStore();
    private final IgnoredEventsTokenStore tokens = new IgnoredEventsTokenStore(stored, Duration.ofHours(1));

    @Test
    void aTokenThatOnlyPassedIgnoredEventsIsWrittenOncePerInterval() {
        tokens.storeToken(at(1), PROCESSOR, 0);
        tokens.storeToken(at(2), PROCESSOR, 0);
        tokens.storeToken(at(3), PROCESSOR, 0);

        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(at(1));
    }

    @Test
    void anIdleProcessorsClaimRenewalsReachTheStoreOncePerInterval() {
        var counting = new InMemoryTokenStore() {
            int renewals;

            @Override
            public void extendClaim(String processorName, int segment) {
                renewals++;
                super.extendClaim(processorName, segment);
            }
        };
        counting.initializeTokenSegments(PROCESSOR, 1);
        counting.fetchToken(PROCESSOR, 0);
        IgnoredEventsTokenStore throttled = new IgnoredEventsTokenStore(counting, Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            throttled.extendClaim(PROCESSOR, 0);
        }
        new IgnoredEventsTokenStore(counting, Duration.ZERO).extendClaim(PROCESSOR, 0);

        assertThat(counting.renewals).isEqualTo(2);
    }

    @Test
    void everyTokenIsWrittenOnceTheIntervalHasPassed() {
        IgnoredEventsTokenStore eager = new IgnoredEventsTokenStore(stored, Duration.ZERO);
        eager.storeToken(at(1), PROCESSOR, 0);
        eager.storeToken(at(2), PROCESSOR, 0);

        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(at(2));
    }

    @Test
    void aTokenHeldBackIsForgottenWhenTheClaimIsReleasedSoItCanNeverOverwriteAnotherNodesToken() {
        tokens.storeToken(at(1), PROCESSOR, 0);
        tokens.storeToken(at(2), PROCESSOR, 0);
        tokens.releaseClaim(PROCESSOR, 0);
        // Another node took the segment and went on; a late write of ours would have moved it back.
        stored.storeToken(at(9), PROCESSOR, 0);
        tokens.releaseClaim(PROCESSOR, 0);

        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(at(9));
    }

    @Test
    void aTokenOfAHandledBatchCommitsWithItAtOnce() {
        tokens.storeToken(at(1), PROCESSOR, 0);
        var batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        try {
            tokens.storeToken(at(2), PROCESSOR, 0);
        } finally {
            batch.commit();
        }

        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(at(2));
    }

    @Test
    void aResetIsWrittenAtOnce() {
        tokens.storeToken(at(5), PROCESSOR, 0);
        TrackingToken reset = ReplayToken.createReplayToken(at(5));
        tokens.storeToken(reset, PROCESSOR, 0);

        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(reset);
    }

    @Test
    void eachSegmentHasItsOwnInterval() {
        tokens.storeToken(at(1), PROCESSOR, 0);
        tokens.storeToken(at(2), PROCESSOR, 1);

        assertThat(stored.fetchToken(PROCESSOR, 1)).isEqualTo(at(2));
    }

    private static GapAwareTrackingToken at(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }
}
