package org.glassbox.api.audit;

import java.util.List;

/**
 * What a verification of the event store found. {@code intact} only if the chain recomputed from the
 * stored events equals the stored chain, no event is missing from it or was slipped in behind it, no
 * aggregate skips a sequence number, every payload still deserialises, and every signed checkpoint
 * verifies with its public key and names the digest the recomputed chain has at its position.
 */
public record IntegrityReport(long eventsChecked, long chainLength, String chainHead, boolean intact,
        Finding firstChainBreak, List<Finding> notInChain, List<Finding> sequenceGaps,
        List<Finding> undeserialisable, long notYetChained, int checkpointsChecked, List<String> checkpointProblems) {

    /** One event the report names, and what is wrong with it. */
    public record Finding(Long globalIndex, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
            String problem) {
    }
}
