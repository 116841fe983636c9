package org.glassbox.api.shared;

/**
 * A market maker as the exchange knows it: its stable id and the name people use. Plain on purpose:
 * events carry it, and stored events must deserialise whatever today's input limits are.
 */
public record MarketMaker(String id, String name) {

    /** This market maker, checked as command input. */
    public MarketMaker validated() {
        return new MarketMaker(
                Checks.text("marketMaker.id", id, Limits.ID).strip(),
                Checks.text("marketMaker.name", name, Limits.NAME).strip());
    }
}
