package org.glassbox.analysis.book;

import java.math.BigDecimal;

/**
 * One line of an order events file (docs/formats.md) as the book applies it. {@code qty} is the order's
 * quantity as placed or last replaced, {@code leaves} what still rests after the event; {@code price}
 * may be null except for NEW and REPLACE; {@code line} is where it stands in the file, for messages.
 */
public record OrderEvent(String eventId, long timeMicros, String account, String orderId, Type type, Side side,
        BigDecimal price, BigDecimal qty, BigDecimal leaves, BigDecimal filled, String tradeId, long line) {

    public enum Type {
        NEW, CANCEL, PARTIAL_CANCEL, REPLACE, FILL, PARTIAL_FILL, EXPIRE, REJECT
    }

    public enum Side {
        BUY, SELL
    }
}
