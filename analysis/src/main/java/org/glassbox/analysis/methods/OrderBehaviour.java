package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import org.glassbox.analysis.book.OrderBook;
import org.glassbox.analysis.book.OrderEvent;
import org.glassbox.analysis.book.OrderEvent.Side;
import org.glassbox.analysis.book.OrderEvent.Type;
import org.glassbox.analysis.engine.Micros;
import org.glassbox.api.evidence.EvidenceKind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * S1: how the market maker's orders behave beside everyone else's, from the order events replayed on one
 * book of the whole market. Orders in the sense of MiFID II RTS 9 are the participant's messages (NEW,
 * REPLACE, CANCEL, PARTIAL_CANCEL, and a REJECT of an order that does not rest: a submission refused);
 * transactions are fills. Percentiles are exact, so it holds two numbers per order placed (16 bytes).
 */
public final class OrderBehaviour implements AnalysisMethod {
    static final long[] BUCKETS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    @Override
    public String id() {
        return "S1";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Order behaviour";
    }

    @Override
    public String description() {
        return "Compares the market maker's orders with everyone else's: order-to-trade ratios by count and by volume"
                + " as MiFID II RTS 9 defines them, how many orders are cancelled and how soon, how much of each order"
                + " size is filled, how far from the best price new orders are placed and how many messages a second"
                + " are sent.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol(), new Parameter("quickCancel", Parameter.Type.DURATION, "PT2S", "PT0.001S",
                "PT1H", "An order cancelled within this time of being placed counts as cancelled quickly."));
    }

    @Override
    public Set<EvidenceKind> requires() {
        return EnumSet.of(EvidenceKind.TRADE_EXPORT, EvidenceKind.ORDER_EVENTS);
    }

    @Override
    public boolean needsAccounts() {
        return true;
    }

    @Override
    public int steps() {
        return 2;
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        market.requireOrders(id());
        long quick = Micros.of(Duration.parse(market.parameter("quickCancel")));
        Group mm = new Group();
        Group others = new Group();
        OrderBook book = new OrderBook();
        Map<String, Placed> placed = new HashMap<>();
        TreeMap<Long, long[]> hourly = new TreeMap<>();
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        progress.step(1, steps(), "replaying the order events");
        market.replay((e, owner, isMm) -> {
            Group g = isMm ? mm : others;
            span[0] = Math.min(span[0], e.timeMicros());
            span[1] = Math.max(span[1], e.timeMicros());
            long[] hour = hourly.computeIfAbsent(Math.floorDiv(e.timeMicros(), 3_600_000_000L), h -> new long[4]);
            OrderBook.Resting before = book.resting(e.orderId());
            boolean message = switch (e.type()) {
                case NEW, REPLACE, CANCEL, PARTIAL_CANCEL -> true;
                case REJECT -> before == null;
                default -> false;
            };
            if (message) {
                g.message(e.timeMicros());
                hour[isMm ? 0 : 2]++;
            }
            switch (e.type()) {
                case NEW -> {
                    g.newOrders++;
                    g.orderedVolume = g.orderedVolume.add(e.qty());
                    int bucket = bucket(e.qty());
                    g.placedByBucket[bucket]++;
                    g.placedQtyByBucket[bucket] = g.placedQtyByBucket[bucket].add(e.qty());
                    BigDecimal best = book.best(e.side());
                    if (best != null) {
                        BigDecimal behind = e.side() == Side.BUY ? best.subtract(e.price()) : e.price().subtract(best);
                        g.distances.add(behind.multiply(BigDecimal.valueOf(1_000_000)).divide(best, 0,
                                RoundingMode.HALF_EVEN).longValueExact());
                    }
                    placed.put(e.orderId(), new Placed(e.timeMicros(), bucket));
                }
                case REPLACE -> g.orderedVolume = g.orderedVolume.add(e.qty());
                case FILL, PARTIAL_FILL -> {
                    BigDecimal filled = book.taken(e);
                    g.transactions++;
                    g.tradedVolume = g.tradedVolume.add(filled);
                    hour[isMm ? 1 : 3]++;
                    Placed p = placed.get(e.orderId());
                    if (p != null) {
                        g.filledQtyByBucket[p.bucket] = g.filledQtyByBucket[p.bucket].add(filled);
                    }
                }
                default -> {
                }
            }
            book.apply(e);
            if (book.resting(e.orderId()) == null) {
                Placed p = placed.remove(e.orderId());
                if (p != null) {
                    long life = e.timeMicros() - p.at;
                    g.lifetimes.add(life);
                    if (e.type() == Type.CANCEL) {
                        g.cancelled++;
                        if (life <= quick) {
                            g.cancelledQuickly++;
                        }
                    }
                }
            }
        });
        if (span[0] == Long.MAX_VALUE) {
            throw market.noOrderEvents();
        }
        progress.step(2, steps(), "counting orders and trades");
        ObjectNode result = Json.MAPPER.createObjectNode();
        long seconds = span[0] == Long.MAX_VALUE ? 0 : Math.max(1, (span[1] - span[0] + 999_999) / 1_000_000);
        result.put("seconds", seconds);
        result.put("quickCancel", market.parameter("quickCancel"));
        mm.write(result.putObject("marketMaker"), seconds);
        others.write(result.putObject("others"), seconds);
        ArrayNode hours = result.putArray("hourly");
        hourly.forEach((h, c) -> {
            ObjectNode n = hours.addObject().put("hour", Micros.instant(h * 3_600_000_000L).toString());
            n.putObject("marketMaker").put("orders", c[0]).put("transactions", c[1]);
            n.putObject("others").put("orders", c[2]).put("transactions", c[3]);
        });
        return result;
    }

    /** The size bucket of a quantity: below 1, 1 to 10, ... , 1,000,000 and more. */
    static int bucket(BigDecimal qty) {
        int b = 0;
        while (b < BUCKETS.length && qty.compareTo(BigDecimal.valueOf(BUCKETS[b])) >= 0) {
            b++;
        }
        return b;
    }

    static String bucketName(int b) {
        if (b == 0) {
            return "<1";
        }
        return b == BUCKETS.length ? ">=" + BUCKETS[b - 1] : BUCKETS[b - 1] + "-" + BUCKETS[b];
    }

    private record Placed(long at, int bucket) {
    }

    /** One side's counts: the market maker's, or everyone else's. */
    private static final class Group {
        long messages;
        long newOrders;
        long cancelled;
        long cancelledQuickly;
        long transactions;
        BigDecimal orderedVolume = BigDecimal.ZERO;
        BigDecimal tradedVolume = BigDecimal.ZERO;
        final long[] placedByBucket = new long[BUCKETS.length + 1];
        final BigDecimal[] placedQtyByBucket = zeros();
        final BigDecimal[] filledQtyByBucket = zeros();
        final Longs lifetimes = new Longs();
        /** Millionths of the best price (hundredths of a basis point) behind it; below zero: better than it. */
        final Longs distances = new Longs();
        long second = Long.MIN_VALUE;
        long inSecond;
        long peak;

        void message(long ts) {
            messages++;
            long s = Math.floorDiv(ts, 1_000_000);
            if (s != second) {
                second = s;
                inSecond = 0;
            }
            peak = Math.max(peak, ++inSecond);
        }

        void write(ObjectNode n, long seconds) {
            n.put("orders", messages);
            n.put("newOrders", newOrders);
            n.put("transactions", transactions);
            n.put("orderedVolume", orderedVolume.toPlainString());
            n.put("tradedVolume", tradedVolume.toPlainString());
            n.put("orderToTradeCount", transactions == 0 ? null
                    : ratio(BigDecimal.valueOf(messages), BigDecimal.valueOf(transactions)));
            n.put("orderToTradeVolume", tradedVolume.signum() == 0 ? null : ratio(orderedVolume, tradedVolume));
            n.put("cancelled", cancelled);
            n.put("cancelRatio", share(cancelled, newOrders));
            n.put("cancelledQuickly", cancelledQuickly);
            n.put("quickCancelShare", share(cancelledQuickly, newOrders));
            long[] life = lifetimes.sorted();
            n.put("lifetimeMedianSeconds", life.length == 0 ? null : seconds(rank(life, 50)));
            n.put("lifetimeP90Seconds", life.length == 0 ? null : seconds(rank(life, 90)));
            long[] d = distances.sorted();
            n.put("distanceMedianBps", d.length == 0 ? null : bps(rank(d, 50)));
            n.put("distanceP90Bps", d.length == 0 ? null : bps(rank(d, 90)));
            n.put("atOrInsideBestShare", share(Arrays.stream(d).filter(x -> x <= 0).count(), d.length));
            n.put("messagesPerSecond", seconds == 0 ? "0" : BigDecimal.valueOf(messages)
                    .divide(BigDecimal.valueOf(seconds), 6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
            n.put("peakMessagesPerSecond", peak);
            ArrayNode buckets = n.putArray("fillRateBySize");
            for (int b = 0; b <= BUCKETS.length; b++) {
                if (placedByBucket[b] == 0) {
                    continue;
                }
                buckets.addObject().put("size", bucketName(b)).put("orders", placedByBucket[b])
                        .put("placedQty", placedQtyByBucket[b].toPlainString())
                        .put("filledQty", filledQtyByBucket[b].toPlainString())
                        .put("fillRate", placedQtyByBucket[b].signum() == 0 ? null : filledQtyByBucket[b]
                                .divide(placedQtyByBucket[b], 6, RoundingMode.HALF_EVEN).toPlainString());
            }
        }

        private static BigDecimal[] zeros() {
            BigDecimal[] z = new BigDecimal[BUCKETS.length + 1];
            Arrays.fill(z, BigDecimal.ZERO);
            return z;
        }
    }

    /** RTS 9: total of orders over total of transactions, minus one. */
    static String ratio(BigDecimal orders, BigDecimal transactions) {
        return orders.divide(transactions, 6, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE).toPlainString();
    }

    static String share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
    static long rank(long[] sorted, int p) {
        int k = (int) Math.ceil((long) sorted.length * p / 100.0);
        return sorted[Math.max(0, k - 1)];
    }

    static String seconds(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    static String bps(long millionths) {
        return BigDecimal.valueOf(millionths, 2).toPlainString();
    }

    /** A growing array of longs: a million lifetimes are 8 MB here, not 16 MB of boxed values plus a list. */
    static final class Longs {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(values, size);
            Arrays.sort(s);
            return s;
        }
    }
}
