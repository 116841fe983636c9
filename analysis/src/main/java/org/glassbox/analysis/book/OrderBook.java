package org.glassbox.analysis.book;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.glassbox.analysis.book.OrderEvent.Side;

/**
 * The resting orders of the accounts it is fed, rebuilt exactly from their order events: after each
 * event, every live order's price and leaves quantity and each side's quantity per price level. Between
 * two events nothing changes, so analyses read the book as piecewise constant in time, with no sampling.
 * Events must come in time order (ties in the file's order); an event that does not fit the book (a fill
 * for an order that does not rest, a quantity that grows, a side that changes) is refused with its line.
 * One book is one market: order ids are unique within it. Memory follows the resting orders, not the file.
 */
public final class OrderBook {

    /** An order as it rests now. */
    public record Resting(String orderId, String account, Side side, BigDecimal price, BigDecimal leaves) {
    }

    private final Map<String, Resting> live = new HashMap<>();
    private final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    private long time = Long.MIN_VALUE;

    /** Applies one event; the book then is the state right after it. */
    public void apply(OrderEvent e) {
        if (e.timeMicros() < time) {
            throw refused(e, "is earlier than the event before it: events must be in time order");
        }
        if (e.leaves().signum() < 0) {
            throw refused(e, "leaves a negative quantity");
        }
        Resting before = live.get(e.orderId());
        if (before != null && before.side() != e.side()) {
            throw refused(e, "says " + e.side() + " for order " + e.orderId() + ", which rests as " + before.side());
        }
        if (before != null && !before.account().equals(e.account())) {
            throw refused(e, "says account " + e.account() + " for order " + e.orderId() + ", which rests for "
                    + before.account());
        }
        switch (e.type()) {
            case NEW -> {
                if (before != null) {
                    throw refused(e, "places order " + e.orderId() + ", which already rests");
                }
                if (e.leaves().compareTo(e.qty()) > 0) {
                    throw refused(e, "leaves more than the order's quantity");
                }
                rest(new Resting(e.orderId(), e.account(), e.side(), e.price(), e.leaves()));
            }
            case REPLACE -> {
                requireResting(e, before);
                if (e.leaves().compareTo(e.qty()) > 0) {
                    throw refused(e, "leaves more than the order's quantity");
                }
                remove(before);
                rest(new Resting(e.orderId(), before.account(), e.side(), e.price(), e.leaves()));
            }
            case PARTIAL_FILL, PARTIAL_CANCEL -> {
                requireResting(e, before);
                if (e.leaves().signum() == 0 || e.leaves().compareTo(before.leaves()) >= 0) {
                    throw refused(e, "must lower what rests of order " + e.orderId() + " (" + before.leaves().toPlainString()
                            + ") without taking all of it; it leaves " + e.leaves().toPlainString());
                }
                remove(before);
                rest(new Resting(e.orderId(), before.account(), e.side(), before.price(), e.leaves()));
            }
            case FILL -> {
                requireResting(e, before);
                if (e.leaves().signum() != 0) {
                    throw refused(e, "fills order " + e.orderId() + " but leaves " + e.leaves().toPlainString());
                }
                remove(before);
            }
            case CANCEL, EXPIRE -> {
                requireResting(e, before);
                if (e.leaves().signum() != 0) {
                    throw refused(e, "ends order " + e.orderId() + " but leaves " + e.leaves().toPlainString());
                }
                remove(before);
            }
            case REJECT -> {
                // A rejected order never rested, or stops resting now.
                if (before != null) {
                    remove(before);
                }
            }
            default -> throw new IllegalStateException(e.type().name());
        }
        time = e.timeMicros();
    }

    private void requireResting(OrderEvent e, Resting before) {
        if (before == null) {
            throw refused(e, "names order " + e.orderId() + ", which does not rest (never placed, or already"
                    + " filled, cancelled or expired)");
        }
    }

    private void rest(Resting order) {
        if (order.leaves().signum() == 0) {
            return;
        }
        live.put(order.orderId(), order);
        side(order.side()).merge(order.price(), order.leaves(), BigDecimal::add);
    }

    private void remove(Resting order) {
        live.remove(order.orderId());
        NavigableMap<BigDecimal, BigDecimal> levels = side(order.side());
        BigDecimal left = levels.get(order.price()).subtract(order.leaves());
        if (left.signum() == 0) {
            levels.remove(order.price());
        } else {
            levels.put(order.price(), left);
        }
    }

    private NavigableMap<BigDecimal, BigDecimal> side(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    private static BookInconsistency refused(OrderEvent e, String problem) {
        return new BookInconsistency("line " + e.line() + ", event " + e.eventId() + " (" + e.type() + "): " + problem);
    }

    /** The order as it rests now, or null. */
    public Resting resting(String orderId) {
        return live.get(orderId);
    }

    public int restingCount() {
        return live.size();
    }

    /** Quantity per price, best first (highest bid, lowest ask); unmodifiable. */
    public NavigableMap<BigDecimal, BigDecimal> levels(Side side) {
        return Collections.unmodifiableNavigableMap(side(side));
    }

    /** The best price of the side, or null when nothing rests on it. */
    public BigDecimal best(Side side) {
        NavigableMap<BigDecimal, BigDecimal> levels = side(side);
        return levels.isEmpty() ? null : levels.firstKey();
    }

    /** The quantity resting on the side at prices within [low, high]. */
    public BigDecimal quantityBetween(Side side, BigDecimal low, BigDecimal high) {
        NavigableMap<BigDecimal, BigDecimal> levels = side(side);
        var band = side == Side.BUY ? levels.subMap(high, true, low, true) : levels.subMap(low, true, high, true);
        return band.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The quote amount (price times quantity) resting on the side at prices within [low, high]. */
    public BigDecimal quoteBetween(Side side, BigDecimal low, BigDecimal high) {
        NavigableMap<BigDecimal, BigDecimal> levels = side(side);
        var band = side == Side.BUY ? levels.subMap(high, true, low, true) : levels.subMap(low, true, high, true);
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> level : band.entrySet()) {
            total = total.add(level.getKey().multiply(level.getValue()));
        }
        return total;
    }

    /**
     * What a fill (FILL or PARTIAL_FILL) takes from its order, before it is applied: what rested less what
     * it leaves. A fill of an order that does not rest is refused as {@link #apply} would refuse it.
     */
    public BigDecimal taken(OrderEvent fill) {
        Resting before = live.get(fill.orderId());
        requireResting(fill, before);
        return before.leaves().subtract(fill.leaves());
    }

    /** The time of the last event applied (epoch microseconds). */
    public long time() {
        return time;
    }
}
