package org.glassbox.api.shared;

/** Suspected market-maker behaviours; each one a case suspects becomes an allegation of that case. */
public enum Behaviour {
    WASH_TRADING, SPOOFING, LAYERING, PUMP_AND_DUMP, POST_LISTING_DUMP, KPI_BREACH, OTHER
}
