package org.glassbox.api.evidence;

/** What kind of material an evidence item is. */
public enum EvidenceKind {
    TRADE_EXPORT, ORDER_BOOK_SNAPSHOT, COMMUNICATION, ON_CHAIN_TRACE, CONTRACT, SCREENSHOT, ANALYSIS, OTHER
}
