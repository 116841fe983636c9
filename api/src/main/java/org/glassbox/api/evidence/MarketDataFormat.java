package org.glassbox.api.evidence;

/**
 * The market data formats Glassbox reads (docs/formats.md documents each with a sample). Which one a
 * file is follows from its evidence kind and, for trades, from its first line: the exchange's public
 * spot dumps have no header.
 */
public enum MarketDataFormat {
    /** The exchange's internal trade export: header, columns by name, accounts on both sides. */
    TRADE_EXPORT,
    /** The exchange's public spot trade dumps: no header, no accounts. */
    PUBLIC_SPOT_TRADES,
    /** Order events (NEW, CANCEL, REPLACE, FILL, ...) per account and order. */
    ORDER_EVENTS,
    /** Which accounts one beneficial owner controls, and when. */
    ACCOUNT_LINKS
}
