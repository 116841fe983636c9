package org.glassbox.analysis.methods;

import java.math.BigDecimal;

/** A trade a detector flagged: its id, time (µs), quantity, and whether the market maker was on a side. */
record Flagged(String tradeId, long ts, BigDecimal qty, boolean marketMaker) {
}
