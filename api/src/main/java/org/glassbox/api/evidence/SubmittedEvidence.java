package org.glassbox.api.evidence;

/**
 * What {@link SubmitEvidence} answers: the item that holds the bytes. {@code duplicate} is true when the
 * case already held the same bytes; the existing item is answered and linked to the new allegations.
 */
public record SubmittedEvidence(String itemId, Sha256 sha256, boolean duplicate) {
}
