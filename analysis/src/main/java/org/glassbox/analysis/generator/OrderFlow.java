package org.glassbox.analysis.generator;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The order events that are not a trade's own: the market maker's two-sided quotes from the second day
 * (replaced every 20 to 40 seconds, never cancelled while honest), the intervals in which it widens them,
 * thins them or pulls a side (each one a planted KPI breach with its exact start and end), planted spoofing
 * (large orders on one side placed seconds before a small fill on the other and cancelled seconds after),
 * and the crowd's orders that rest a while and are cancelled. Each event waits in time order until the
 * writer reaches its time; prices follow the market's price at that moment.
 */
final class OrderFlow {
    static final String MAX_SPREAD_BPS = "100";
    static final String BAND_PCT = "1";
    static final String MIN_DEPTH = "2000";
    static final String MIN_PRESENCE_PCT = "95";
    static final String PERIOD_FROM = "2025-03-08T11:00:00Z";
    static final String PERIOD_TO = "2025-03-10T09:00:00Z";
    private static final String SYMBOL = MarketDataGenerator.SYMBOL;
    private static final String QUOTER = MarketDataGenerator.CASE_ACCOUNTS.get(0);
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    /** A planted spoofing episode: the fill and the orders on the other side. */
    record Spoof(long fillMs, boolean fillBuys, String filledAccount, BigDecimal fillQty, List<String> orderIds) {
    }

    /** A planted KPI breach, in milliseconds. */
    record Breach(String term, long fromMs, long toMs) {
    }

    private enum Mode { NORMAL, WIDE, THIN }

    private enum Kind { QUOTE, REFRESH, MODE, PULL, RETURN, PLACE, CANCEL }

    private record Scheduled(long ms, long seq, Kind kind, Mode mode, boolean bid, boolean ask, Placed order)
            implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            return ms != o.ms ? Long.compare(ms, o.ms) : Long.compare(seq, o.seq);
        }
    }

    /** An order placed away from the market and later cancelled: priced when placed, as far from it as told. */
    private static final class Placed {
        final String id;
        final String account;
        final boolean buy;
        final double away;
        final BigDecimal qty;
        BigDecimal price;

        Placed(String id, String account, boolean buy, double away, BigDecimal qty) {
            this.id = id;
            this.account = account;
            this.buy = buy;
            this.away = away;
            this.qty = qty;
        }
    }

    private final SplittableRandom random;
    private final long startMs;
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private final List<Spoof> spoofs = new ArrayList<>();
    private final List<Breach> breaches = new ArrayList<>();
    private long seq;
    /** Above every trade's order ids (50,000,000 and two a trade). */
    private long orderIds = 9_000_000_000L;
    private long eventId = 1;
    private Mode mode = Mode.NORMAL;
    private String bidId;
    private String askId;
    private BigDecimal bidQty;
    private BigDecimal askQty;

    OrderFlow(SplittableRandom random, long startMicros) {
        this.random = random;
        this.startMs = startMicros / 1000;
    }

    /** Plans everything for a market of n trades and a crowd of that many accounts. */
    void plan(int n, int crowd) {
        long from = Instant.parse(PERIOD_FROM).toEpochMilli();
        long to = Instant.parse(PERIOD_TO).toEpochMilli();
        long end = startMs + 72 * HOUR;
        schedule(from - 30 * MINUTE, Kind.QUOTE, Mode.NORMAL, true, true, null);
        for (long t = from - 30 * MINUTE + random.nextLong(20_000, 40_001); t < end; t += random.nextLong(20_000, 40_001)) {
            schedule(t, Kind.REFRESH, null, true, true, null);
        }
        // Eight slots of 5.5 hours through the period, each with one breach somewhere in its first hour.
        String[] terms = {"SPREAD", "PRESENCE", "DEPTH", "SPREAD", "PRESENCE", "DEPTH", "PRESENCE", "SPREAD"};
        for (int i = 0; i < terms.length; i++) {
            long a = from + HOUR + i * (11 * HOUR / 2) + random.nextLong(60) * MINUTE + random.nextLong(1, 60_000);
            long length = i == 1 ? random.nextLong(60, 91) * MINUTE : random.nextLong(8, 41) * MINUTE;
            length += random.nextLong(1, 1000);
            long b = a + length;
            breaches.add(new Breach(terms[i], a, b));
            switch (terms[i]) {
                case "SPREAD" -> {
                    schedule(a, Kind.MODE, Mode.WIDE, true, true, null);
                    schedule(b, Kind.MODE, Mode.NORMAL, true, true, null);
                }
                case "DEPTH" -> {
                    schedule(a, Kind.MODE, Mode.THIN, true, true, null);
                    schedule(b, Kind.MODE, Mode.NORMAL, true, true, null);
                }
                default -> {
                    // the first pull takes both sides away, the second only the bid, the third both again
                    boolean askToo = i != 4;
                    schedule(a, Kind.PULL, null, true, askToo, null);
                    schedule(b, Kind.RETURN, null, true, askToo, null);
                }
            }
        }
        // At least two minutes apart and clear of the breaches: no more than fit in the period with room to spare.
        int episodes = Math.min(600, Math.max(12, n / 2000));
        List<String> mm = MarketDataGenerator.CASE_ACCOUNTS;
        while (spoofs.size() < episodes) {
            long fill = from + 10 * MINUTE + random.nextLong(to - from - 20 * MINUTE);
            if (nearBreach(fill) || nearSpoof(fill)) {
                continue;
            }
            boolean byMm = spoofs.size() % 5 != 4;
            String filled = byMm ? mm.get(spoofs.size() % 2) : MarketDataGenerator.OTHER_GROUP.get(0);
            // The spoofing orders come from another account of the same owner half of the time.
            String spoofer = !byMm ? MarketDataGenerator.OTHER_GROUP.get(1)
                    : spoofs.size() % 2 == 0 ? filled : MarketDataGenerator.LINKED;
            boolean fillBuys = random.nextBoolean();
            BigDecimal qty = BigDecimal.valueOf(random.nextLong(2_000, 50_000), 2);
            List<String> ids = new ArrayList<>();
            int layers = random.nextInt(1, 5);
            for (int l = 0; l < layers; l++) {
                BigDecimal size = qty.multiply(BigDecimal.valueOf(random.nextLong(600, 2_000), 2))
                        .setScale(2, RoundingMode.HALF_EVEN);
                Placed o = new Placed(Long.toString(++orderIds), spoofer, !fillBuys, 0.03 + 0.005 * l, size);
                ids.add(o.id);
                schedule(fill - random.nextLong(500, 25_000), Kind.PLACE, null, false, false, o);
                schedule(fill + random.nextLong(200, 4_500), Kind.CANCEL, null, false, false, o);
            }
            spoofs.add(new Spoof(fill, fillBuys, filled, qty, List.copyOf(ids)));
        }
        // Orders that rest a while and are cancelled, most within two seconds, some after a minute or two, by
        // accounts that never trade here: with no fill of their own they cannot look like spoofing by chance.
        for (int i = 0; i < n / 10; i++) {
            long placed = startMs + random.nextLong(70 * HOUR);
            long life = random.nextInt(10) < 7 ? random.nextLong(50, 2_000) : random.nextLong(2_000, 120_000);
            double q = Math.pow(10, random.nextDouble() * 5);
            Placed o = new Placed(Long.toString(++orderIds), "UID-9" + (100_000 + random.nextInt(crowd)), random.nextBoolean(),
                    0.001 + random.nextDouble() * 0.02, BigDecimal.valueOf(q).setScale(2, RoundingMode.HALF_EVEN)
                            .max(new BigDecimal("0.01")));
            schedule(placed, Kind.PLACE, null, false, false, o);
            schedule(placed + life, Kind.CANCEL, null, false, false, o);
        }
    }

    private boolean nearBreach(long ms) {
        return breaches.stream().anyMatch(b -> ms > b.fromMs() - 2 * MINUTE && ms < b.toMs() + 2 * MINUTE);
    }

    private boolean nearSpoof(long ms) {
        return spoofs.stream().anyMatch(s -> Math.abs(s.fillMs() - ms) < 2 * MINUTE);
    }

    private void schedule(long ms, Kind kind, Mode m, boolean bid, boolean ask, Placed order) {
        queue.add(new Scheduled(ms, seq++, kind, m, bid, ask, order));
    }

    List<Spoof> spoofs() {
        return spoofs;
    }

    List<Breach> breaches() {
        List<Breach> sorted = new ArrayList<>(breaches);
        sorted.sort(java.util.Comparator.comparingLong(Breach::fromMs));
        return sorted;
    }

    /** The spoofing orders of every episode, sorted as numbers. */
    List<String> spoofOrderIds() {
        TreeSet<Long> ids = new TreeSet<>();
        spoofs.forEach(s -> s.orderIds().forEach(id -> ids.add(Long.parseLong(id))));
        return ids.stream().map(String::valueOf).toList();
    }

    String nextEvent() {
        return Long.toString(eventId++);
    }

    /** Writes every waiting event due at or before upToMs, at its own time; answers the time of the last written. */
    long flush(Writer out, long upToMs, BigDecimal price, long lastMs) throws IOException {
        long last = lastMs;
        while (!queue.isEmpty() && queue.peek().ms() <= upToMs) {
            Scheduled s = queue.poll();
            last = Math.max(last, s.ms());
            write(out, s, price);
        }
        return last;
    }

    private void write(Writer out, Scheduled s, BigDecimal ref) throws IOException {
        switch (s.kind()) {
            case QUOTE, RETURN -> {
                if (s.bid()) {
                    bidId = Long.toString(++orderIds);
                    bidQty = size(ref);
                    out.write(line(s.ms(), QUOTER, bidId, "NEW", "BUY", bid(ref), bidQty, bidQty));
                }
                if (s.ask()) {
                    askId = Long.toString(++orderIds);
                    askQty = size(ref);
                    out.write(line(s.ms(), QUOTER, askId, "NEW", "SELL", ask(ref), askQty, askQty));
                }
            }
            case MODE -> {
                mode = s.mode();
                requote(out, s.ms(), ref);
            }
            case REFRESH -> requote(out, s.ms(), ref);
            case PULL -> {
                if (s.bid() && bidId != null) {
                    out.write(line(s.ms(), QUOTER, bidId, "CANCEL", "BUY", "", bidQty, BigDecimal.ZERO));
                    bidId = null;
                }
                if (s.ask() && askId != null) {
                    out.write(line(s.ms(), QUOTER, askId, "CANCEL", "SELL", "", askQty, BigDecimal.ZERO));
                    askId = null;
                }
            }
            case PLACE -> {
                Placed o = s.order();
                double factor = o.buy ? 1 - o.away : 1 + o.away;
                o.price = BigDecimal.valueOf(ref.doubleValue() * factor).setScale(6, RoundingMode.HALF_EVEN);
                out.write(line(s.ms(), o.account, o.id, "NEW", o.buy ? "BUY" : "SELL", o.price.toPlainString(), o.qty,
                        o.qty));
            }
            case CANCEL -> {
                Placed o = s.order();
                out.write(line(s.ms(), o.account, o.id, "CANCEL", o.buy ? "BUY" : "SELL", "", o.qty, BigDecimal.ZERO));
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
    }

    /** Replaces whichever quotes rest with ones at the current mode's prices and sizes. */
    private void requote(Writer out, long ms, BigDecimal ref) throws IOException {
        if (bidId != null) {
            bidQty = size(ref);
            out.write(line(ms, QUOTER, bidId, "REPLACE", "BUY", bid(ref), bidQty, bidQty));
        }
        if (askId != null) {
            askQty = size(ref);
            out.write(line(ms, QUOTER, askId, "REPLACE", "SELL", ask(ref), askQty, askQty));
        }
    }

    private double halfSpread() {
        return mode == Mode.WIDE ? 0.008 : 0.002;
    }

    private String bid(BigDecimal ref) {
        return BigDecimal.valueOf(ref.doubleValue() * (1 - halfSpread())).setScale(6, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    private String ask(BigDecimal ref) {
        return BigDecimal.valueOf(ref.doubleValue() * (1 + halfSpread())).setScale(6, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** A quote's quantity: 1.5 to 2.5 times the least depth asked for, or 0.2 to 0.6 times it while thin. */
    private BigDecimal size(BigDecimal ref) {
        double times = mode == Mode.THIN ? 0.2 + random.nextDouble() * 0.4 : 1.5 + random.nextDouble();
        return BigDecimal.valueOf(Double.parseDouble(MIN_DEPTH) / ref.doubleValue() * times)
                .setScale(2, RoundingMode.HALF_EVEN);
    }

    private String line(long ms, String account, String order, String type, String side, String price, BigDecimal qty,
            BigDecimal leaves) {
        return nextEvent() + "," + ms + "," + SYMBOL + "," + account + "," + order + "," + type + "," + side + "," + price
                + "," + qty.toPlainString() + "," + leaves.toPlainString() + ",0,\n";
    }
}
