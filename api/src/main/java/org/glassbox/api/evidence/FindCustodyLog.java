package org.glassbox.api.evidence;

/** Answers the item's {@link CustodyEntry}s, oldest first. */
public record FindCustodyLog(String itemId) {
}
