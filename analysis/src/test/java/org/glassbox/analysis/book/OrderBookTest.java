package org.glassbox.analysis.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.glassbox.analysis.book.OrderEvent.Side;
import org.glassbox.analysis.book.OrderEvent.Type;
import org.junit.jupiter.api.Test;

/** The book rebuilt from order events equals the state worked out by hand after every event. */
class OrderBookTest {
    private final OrderBook book = new OrderBook();
    private long line;

    private OrderEvent event(long time, String order, Type type, Side side, String price, String qty, String leaves) {
        line++;
        return new OrderEvent("e" + line, time, "UID-1", order, type, side, price == null ? null : new BigDecimal(price),
                new BigDecimal(qty), new BigDecimal(leaves), BigDecimal.ZERO, null, line);
    }

    private void apply(long time, String order, Type type, Side side, String price, String qty, String leaves) {
        book.apply(event(time, order, type, side, price, qty, leaves));
    }

    private static Map<BigDecimal, BigDecimal> levels(String... priceQty) {
        Map<BigDecimal, BigDecimal> m = new TreeMap<>();
        for (int i = 0; i < priceQty.length; i += 2) {
            m.put(new BigDecimal(priceQty[i]), new BigDecimal(priceQty[i + 1]));
        }
        return m;
    }

    private void assertBook(Map<BigDecimal, BigDecimal> bids, Map<BigDecimal, BigDecimal> asks) {
        assertThat(new TreeMap<>(book.levels(Side.BUY))).isEqualTo(bids);
        assertThat(new TreeMap<>(book.levels(Side.SELL))).isEqualTo(asks);
    }

    @Test
    void newPartialFillReplaceAndCancelLeaveTheBookWorkedOutByHand() {
        apply(1, "b1", Type.NEW, Side.BUY, "0.0790", "1000", "1000");
        assertBook(levels("0.0790", "1000"), levels());
        apply(2, "b2", Type.NEW, Side.BUY, "0.0790", "500", "500");
        assertBook(levels("0.0790", "1500"), levels());
        apply(3, "s1", Type.NEW, Side.SELL, "0.0800", "300", "300");
        assertBook(levels("0.0790", "1500"), levels("0.0800", "300"));
        assertThat(book.best(Side.BUY)).isEqualByComparingTo("0.0790");
        assertThat(book.best(Side.SELL)).isEqualByComparingTo("0.0800");

        // b1 partly filled: 400 of 1000 taken, 600 rest at the same price.
        apply(4, "b1", Type.PARTIAL_FILL, Side.BUY, null, "1000", "600");
        assertBook(levels("0.0790", "1100"), levels("0.0800", "300"));
        assertThat(book.resting("b1").leaves()).isEqualByComparingTo("600");

        // b2 replaced: same id, new price and quantity, nothing filled yet.
        apply(5, "b2", Type.REPLACE, Side.BUY, "0.0785", "800", "800");
        assertBook(levels("0.0790", "600", "0.0785", "800"), levels("0.0800", "300"));
        assertThat(book.best(Side.BUY)).isEqualByComparingTo("0.0790");

        // b1 cut by a partial cancel, then cancelled: its level disappears.
        apply(6, "b1", Type.PARTIAL_CANCEL, Side.BUY, null, "1000", "200");
        assertBook(levels("0.0790", "200", "0.0785", "800"), levels("0.0800", "300"));
        apply(7, "b1", Type.CANCEL, Side.BUY, null, "1000", "0");
        assertBook(levels("0.0785", "800"), levels("0.0800", "300"));
        assertThat(book.resting("b1")).isNull();

        // s1 filled in full; the ask side is empty; b2 expires.
        apply(8, "s1", Type.FILL, Side.SELL, null, "300", "0");
        assertBook(levels("0.0785", "800"), levels());
        assertThat(book.best(Side.SELL)).isNull();
        assertThat(book.quantityBetween(Side.BUY, new BigDecimal("0.0780"), new BigDecimal("0.0790")))
                .isEqualByComparingTo("800");
        assertThat(book.quantityBetween(Side.BUY, new BigDecimal("0.0786"), new BigDecimal("0.0790")))
                .isEqualByComparingTo("0");
        apply(8, "b2", Type.EXPIRE, Side.BUY, null, "800", "0");
        assertBook(levels(), levels());
        assertThat(book.restingCount()).isZero();
        assertThat(book.time()).isEqualTo(8);
    }

    @Test
    void aRejectedOrderNeverRests() {
        apply(1, "x", Type.REJECT, Side.BUY, "1", "5", "0");
        assertBook(levels(), levels());
    }

    @Test
    void eventsOutOfTimeOrderAreRefusedWithTheirLine() {
        apply(5, "b1", Type.NEW, Side.BUY, "1", "10", "10");
        assertThatThrownBy(() -> apply(4, "b2", Type.NEW, Side.BUY, "1", "10", "10"))
                .isInstanceOf(BookInconsistency.class).hasMessage("line 2, event e2 (NEW): is earlier than the event"
                        + " before it: events must be in time order");
    }

    @Test
    void aFillForAnOrderThatDoesNotRestIsRefused() {
        assertThatThrownBy(() -> apply(1, "ghost", Type.FILL, Side.SELL, null, "10", "0"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("names order ghost, which does not rest");
        apply(2, "s1", Type.NEW, Side.SELL, "1", "10", "10");
        apply(3, "s1", Type.CANCEL, Side.SELL, null, "10", "0");
        assertThatThrownBy(() -> apply(4, "s1", Type.PARTIAL_FILL, Side.SELL, null, "10", "5"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("already filled, cancelled or expired");
    }

    @Test
    void aNegativeOrGrowingQuantityAndAChangedSideAreRefused() {
        assertThatThrownBy(() -> apply(1, "b1", Type.NEW, Side.BUY, "1", "10", "-1"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("leaves a negative quantity");
        apply(2, "b1", Type.NEW, Side.BUY, "1", "10", "10");
        assertThatThrownBy(() -> apply(3, "b1", Type.PARTIAL_FILL, Side.BUY, null, "10", "12"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("must lower what rests of order b1 (10)");
        assertThatThrownBy(() -> apply(4, "b1", Type.CANCEL, Side.SELL, null, "10", "0"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("which rests as BUY");
        assertThatThrownBy(() -> apply(5, "b1", Type.NEW, Side.BUY, "1", "10", "10"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("already rests");
        assertThatThrownBy(() -> apply(6, "b1", Type.FILL, Side.BUY, null, "10", "3"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("fills order b1 but leaves 3");
        assertThatThrownBy(() -> apply(7, "b1", Type.CANCEL, Side.BUY, null, "10", "4"))
                .isInstanceOf(BookInconsistency.class).hasMessageContaining("ends order b1 but leaves 4");
        assertThatThrownBy(() -> book.apply(new OrderEvent("x", 8, "UID-2", "b1", Type.CANCEL, Side.BUY, null,
                BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, null, 99))).isInstanceOf(BookInconsistency.class)
                .hasMessageContaining("says account UID-2 for order b1, which rests for UID-1");
        assertBook(levels("1", "10"), levels());
    }
}
