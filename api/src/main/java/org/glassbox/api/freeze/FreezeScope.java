package org.glassbox.api.freeze;

/** What a freeze stops: trading, withdrawals, or both. */
public enum FreezeScope {
    TRADING, WITHDRAWAL, FULL
}
