package org.glassbox.api.freeze;

/** Answers the {@link AccountFreezeStatus} of one exchange account. */
public record FindAccountFreezeStatus(String accountId) {
}
