package org.glassbox.api.freeze;

import java.time.Instant;
import java.util.List;

/**
 * Whether an account is frozen and by what: the scope all holds require together, since when it has
 * been held without a break, and each freeze holding it.
 */
public record AccountFreezeStatus(String accountId, boolean frozen, FreezeScope effectiveScope, Instant frozenSince,
        List<Hold> holds) {

    /** One freeze holding the account, with its case and where the freeze stands. */
    public record Hold(String freezeId, String caseId, String caseReference, FreezeScope scope, Instant heldSince,
            FreezeStatus freezeStatus) {
    }

    public static AccountFreezeStatus free(String accountId) {
        return new AccountFreezeStatus(accountId, false, null, null, List.of());
    }
}
