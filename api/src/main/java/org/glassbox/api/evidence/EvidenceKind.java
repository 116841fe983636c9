package org.glassbox.api.evidence;

/**
 * What kind of material an evidence item is. {@link #TRADE_EXPORT}, {@link #ORDER_EVENTS} and
 * {@link #ACCOUNT_LINKS} are market data: read strictly on submission and profiled (see
 * {@link MarketDataProfile}); {@link #KPI_TERMS}, a market maker's KPI terms written from the signed
 * agreement, is read strictly on submission too; the others are kept as opaque bytes. New kinds are added
 * at the end.
 */
public enum EvidenceKind {
    TRADE_EXPORT, ORDER_BOOK_SNAPSHOT, COMMUNICATION, ON_CHAIN_TRACE, CONTRACT, SCREENSHOT, ANALYSIS, OTHER,
    ORDER_EVENTS, ACCOUNT_LINKS, KPI_TERMS;

    /** Whether items of this kind are market data that analyses read (and that is checked on submission). */
    public boolean isMarketData() {
        return this == TRADE_EXPORT || this == ORDER_EVENTS || this == ACCOUNT_LINKS;
    }
}
