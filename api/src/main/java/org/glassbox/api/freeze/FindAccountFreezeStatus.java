package org.glassbox.api.freeze;

/** Answers the {@link AccountFreezeStatus} of one exchange account (an id such as UID-100234). */
public record FindAccountFreezeStatus(String accountId) {
    public FindAccountFreezeStatus {
        FreezeInput.account("accountId", accountId);
    }
}
