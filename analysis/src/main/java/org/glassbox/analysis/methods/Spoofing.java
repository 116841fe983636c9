package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;

import org.glassbox.analysis.book.OrderBook;
import org.glassbox.analysis.book.OrderEvent;
import org.glassbox.analysis.book.OrderEvent.Side;
import org.glassbox.analysis.engine.Micros;
import org.glassbox.api.evidence.EvidenceKind;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * S2: spoofing and layering. An episode is a fill of an owner's order on one side while orders of the same
 * owner on the other side, each at least k times the fill's quantity, were placed within W before the fill
 * and cancelled (a CANCEL; a REPLACE is no cancel) within W' after it. It runs from the first such order
 * placed to the last cancel. One replay finds the episodes for every k of the sensitivity table at once.
 */
public final class Spoofing implements AnalysisMethod {
    private static final int PICTURES = 50;

    @Override
    public String id() {
        return "S2";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Spoofing and layering";
    }

    @Override
    public String description() {
        return "Finds fills of an owner's order on one side while the same owner had placed much larger orders on the"
                + " other side shortly before and cancelled them shortly after: orders placed to move others, not to"
                + " trade.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol(),
                new Parameter("k", Parameter.Type.DECIMAL, "5", "1", "1000",
                        "Each order on the other side is at least this many times the fill's quantity."),
                new Parameter("before", Parameter.Type.DURATION, "PT30S", "PT0.001S", "PT1H",
                        "The orders on the other side were placed within this time before the fill."),
                new Parameter("after", Parameter.Type.DURATION, "PT5S", "PT0.001S", "PT1H",
                        "The orders on the other side were cancelled within this time after the fill."));
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
        BigDecimal k = new BigDecimal(market.parameter("k"));
        long before = Micros.of(Duration.parse(market.parameter("before")));
        long after = Micros.of(Duration.parse(market.parameter("after")));
        // 3, 5 and 10 always, and the run's own k among them (compared as numbers: 5 and 5.0 are one row)
        TreeSet<BigDecimal> ks = new TreeSet<>(List.of(new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("10")));
        ks.removeIf(x -> x.compareTo(k) == 0);
        ks.add(k);
        BigDecimal smallest = ks.first();
        OrderBook book = new OrderBook();
        Map<String, Order> orders = new HashMap<>();
        Map<String, ArrayDeque<Order>> recent = new HashMap<>();
        ArrayDeque<Order> window = new ArrayDeque<>();
        ArrayDeque<Fill> pending = new ArrayDeque<>();
        Map<String, List<Fill>> watching = new HashMap<>();
        List<Fill> done = new ArrayList<>();
        long[] events = {0};
        progress.step(1, steps(), "replaying the order events");
        market.replay((e, owner, mm) -> {
            events[0]++;
            while (!pending.isEmpty() && pending.peekFirst().time + after < e.timeMicros()) {
                finish(pending.pollFirst(), watching, done);
            }
            // Orders placed longer than W ago can be part of no later episode: forget them, and owners gone quiet.
            while (!window.isEmpty() && window.peekFirst().placed < e.timeMicros() - before) {
                Order old = window.pollFirst();
                ArrayDeque<Order> theirs = recent.get(old.key);
                if (theirs != null && theirs.peekFirst() == old) {
                    theirs.pollFirst();
                    if (theirs.isEmpty()) {
                        recent.remove(old.key);
                    }
                }
            }
            OrderBook.Resting resting = book.resting(e.orderId());
            switch (e.type()) {
                case NEW -> {
                    Order o = new Order(e.orderId(), key(owner, e.side()), e.side(), e.timeMicros(), e.price(), e.qty());
                    orders.put(e.orderId(), o);
                    recent.computeIfAbsent(o.key, x -> new ArrayDeque<>()).addLast(o);
                    window.addLast(o);
                }
                case REPLACE -> {
                    Order o = orders.get(e.orderId());
                    if (o != null) {
                        o.qty = e.qty();
                        o.price = e.price();
                    }
                }
                case FILL, PARTIAL_FILL -> {
                    BigDecimal qty = book.taken(e);
                    Fill f = new Fill(e, owner, mm, qty, resting.price());
                    ArrayDeque<Order> others = recent.get(key(owner, e.side() == Side.BUY ? Side.SELL : Side.BUY));
                    if (others != null) {
                        for (Order o : others) {
                            if (book.resting(o.id) == null) {
                                continue;
                            }
                            if (o.qty.compareTo(qty.multiply(smallest)) >= 0) {
                                f.candidates.add(new Candidate(o, o.qty, o.price));
                                watching.computeIfAbsent(o.id, x -> new ArrayList<>()).add(f);
                            }
                        }
                    }
                    if (!f.candidates.isEmpty()) {
                        pending.addLast(f);
                    }
                }
                case CANCEL -> {
                    for (Fill f : watching.getOrDefault(e.orderId(), List.of())) {
                        for (Candidate c : f.candidates) {
                            if (c.order.id.equals(e.orderId()) && e.timeMicros() <= f.time + after) {
                                c.cancelled = e.timeMicros();
                            }
                        }
                    }
                }
                default -> {
                }
            }
            book.apply(e);
            if (book.resting(e.orderId()) == null) {
                // a fill still waiting for it keeps its own reference; the map is only for replacements
                orders.remove(e.orderId());
            }
        });
        while (!pending.isEmpty()) {
            finish(pending.pollFirst(), watching, done);
        }
        if (events[0] == 0) {
            throw market.noOrderEvents();
        }
        progress.step(2, steps(), "finding orders cancelled after fills");
        ObjectNode result = Json.MAPPER.createObjectNode();
        List<Episode> episodes = episodes(done, k);
        TreeSet<String> union = new TreeSet<>();
        episodes.forEach(ep -> ep.spoofs().forEach(c -> union.add(c.order.id)));
        List<String> ids = Ids.sorted(union);
        result.put("count", episodes.size());
        result.put("marketMakerCount", episodes.stream().filter(ep -> ep.fill().mm).count());
        result.put("orders", ids.size());
        ArrayNode list = result.putArray("episodes");
        for (Episode ep : episodes) {
            ObjectNode n = list.addObject();
            n.put("account", ep.fill().event.account());
            n.put("fillTradeId", ep.fill().event.tradeId());
            ArrayNode spoofIds = n.putArray("spoofOrderIds");
            Ids.sorted(ep.spoofs().stream().map(c -> c.order.id).toList()).forEach(spoofIds::add);
            n.put("from", Micros.instant(ep.from()).toString());
            n.put("to", Micros.instant(ep.to()).toString());
        }
        ArrayNode orderIds = result.putArray("orderIds");
        ids.forEach(orderIds::add);
        ArrayNode pictures = result.putArray("pictures");
        for (Episode ep : episodes.subList(0, Math.min(PICTURES, episodes.size()))) {
            ObjectNode p = pictures.addObject();
            p.put("fillTradeId", ep.fill().event.tradeId());
            p.put("marketMaker", ep.fill().mm);
            p.putObject("fill").put("time", Micros.instant(ep.fill().time).toString())
                    .put("side", ep.fill().event.side().name()).put("price", ep.fill().price.toPlainString())
                    .put("qty", ep.fill().qty.toPlainString());
            ArrayNode os = p.putArray("orders");
            for (Candidate c : ep.spoofs()) {
                os.addObject().put("orderId", c.order.id).put("side", c.order.side.name())
                        .put("price", c.price.toPlainString()).put("qty", c.qty.toPlainString())
                        .put("placed", Micros.instant(c.order.placed).toString())
                        .put("cancelled", Micros.instant(c.cancelled).toString());
            }
        }
        ArrayNode sensitivity = result.putArray("sensitivity");
        for (BigDecimal x : ks) {
            List<Episode> at = episodes(done, x);
            TreeSet<String> atIds = new TreeSet<>();
            at.forEach(ep -> ep.spoofs().forEach(c -> atIds.add(c.order.id)));
            ObjectNode s = sensitivity.addObject();
            s.putObject("thresholds").put("k", x.toPlainString()).put("before", market.parameter("before"))
                    .put("after", market.parameter("after"));
            s.put("count", at.size());
            s.put("orders", atIds.size());
            s.put("marketMakerCount", at.stream().filter(ep -> ep.fill().mm).count());
        }
        return result;
    }

    private static String key(String owner, Side side) {
        return owner + (side == Side.BUY ? "|B" : "|S");
    }

    private static void finish(Fill f, Map<String, List<Fill>> watching, List<Fill> done) {
        for (Candidate c : f.candidates) {
            List<Fill> w = watching.get(c.order.id);
            if (w != null) {
                w.remove(f);
                if (w.isEmpty()) {
                    watching.remove(c.order.id);
                }
            }
        }
        f.candidates.removeIf(c -> c.cancelled == Long.MIN_VALUE);
        if (!f.candidates.isEmpty()) {
            done.add(f);
        }
    }

    /** The episodes at threshold k, in time order (then by trade id). */
    private static List<Episode> episodes(List<Fill> fills, BigDecimal k) {
        List<Episode> out = new ArrayList<>();
        for (Fill f : fills) {
            BigDecimal least = f.qty.multiply(k);
            List<Candidate> spoofs = f.candidates.stream().filter(c -> c.qty.compareTo(least) >= 0).toList();
            if (!spoofs.isEmpty()) {
                long from = spoofs.stream().mapToLong(c -> c.order.placed).min().orElseThrow();
                long to = spoofs.stream().mapToLong(c -> c.cancelled).max().orElseThrow();
                out.add(new Episode(f, spoofs, from, to));
            }
        }
        out.sort(Comparator.comparingLong(Episode::from).thenComparing(ep -> ep.fill().event.tradeId(), Ids.NATURAL)
                .thenComparing(ep -> ep.fill().event.eventId(), Ids.NATURAL));
        return out;
    }

    private record Episode(Fill fill, List<Candidate> spoofs, long from, long to) {
    }

    /** An order as placed (or last replaced), kept while it may still be part of an episode. */
    private static final class Order {
        final String id;
        /** Its owner and side: where it waits among that owner's recent orders. */
        final String key;
        final Side side;
        final long placed;
        BigDecimal price;
        BigDecimal qty;

        Order(String id, String key, Side side, long placed, BigDecimal price, BigDecimal qty) {
            this.id = id;
            this.key = key;
            this.side = side;
            this.placed = placed;
            this.price = price;
            this.qty = qty;
        }
    }

    /** An order on the other side of a fill, with its quantity and price at the fill, and when it was cancelled. */
    private static final class Candidate {
        final Order order;
        final BigDecimal qty;
        final BigDecimal price;
        long cancelled = Long.MIN_VALUE;

        Candidate(Order order, BigDecimal qty, BigDecimal price) {
            this.order = order;
            this.qty = qty;
            this.price = price;
        }
    }

    /** A fill waiting W' for the orders on the other side to be cancelled. */
    private static final class Fill {
        final OrderEvent event;
        final String owner;
        final boolean mm;
        final BigDecimal qty;
        final BigDecimal price;
        final long time;
        final List<Candidate> candidates = new ArrayList<>();

        Fill(OrderEvent event, String owner, boolean mm, BigDecimal qty, BigDecimal price) {
            this.event = event;
            this.owner = owner;
            this.mm = mm;
            this.qty = qty;
            this.price = price;
            this.time = event.timeMicros();
        }
    }
}
