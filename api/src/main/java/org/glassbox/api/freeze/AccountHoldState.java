package org.glassbox.api.freeze;

/**
 * What the account system must enforce on an account after a hold changed: the union of the scopes
 * of every freeze holding it (null when none does), and how many freezes hold it.
 */
public record AccountHoldState(String accountId, FreezeScope effectiveScope, int holds) {
    public boolean frozen() {
        return effectiveScope != null;
    }
}
