package org.glassbox.api.freeze;

import java.math.BigDecimal;

/** Proceeds to hold: an asset and a positive amount. Plain on purpose: events carry it. */
public record HeldAmount(String asset, BigDecimal amount) {
    /** ERC-20 tokens go to 18 decimals; anything finer is a typing error, not an amount. */
    public static final int MAX_DECIMALS = 18;
}
