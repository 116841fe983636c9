package org.glassbox.api.audit;

/** Answers the newest {@link SignedChainHead}, if any checkpoint was signed yet. */
public record FindLatestChainCheckpoint() {
}
