package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.glassbox.analysis.book.OrderBook;
import org.glassbox.analysis.book.OrderEvent;
import org.glassbox.analysis.book.OrderEvent.Side;
import org.glassbox.analysis.engine.Micros;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.analysis.format.KpiTerms;
import org.glassbox.api.shared.InvalidField;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * K1: the market maker's quoting against its agreement's KPI terms, on the exact book of the accounts the
 * terms bind (and every account the links give their owners), rebuilt from the order events. The book is
 * constant between two events, so each term is judged on every interval between events, none sampled:
 * its spread (own best ask minus own best bid over their mid), its depth each side within the band
 * around that mid, and whether it quotes both sides at all. While a side is missing only presence is
 * judged. Assessed is the terms' period within the time the order events cover.
 */
public final class KpiCompliance implements AnalysisMethod {
    static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final long MAX_POINTS = 20_000;

    enum Term { SPREAD, DEPTH, PRESENCE }

    @Override
    public String id() {
        return "K1";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Market-making KPI compliance";
    }

    @Override
    public String description() {
        return "Measures the market maker's own quotes against the KPI terms of its agreement, on the exact order book"
                + " rebuilt from every order event: the largest spread, the depth each side within a band around the"
                + " mid, and the share of each day with both a bid and an ask.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("bucket", Parameter.Type.DURATION, "PT5M", "PT1S", "P1D",
                "The chart shows the worst spread and the least depth in each span of this length."));
    }

    @Override
    public Set<EvidenceKind> requires() {
        return EnumSet.of(EvidenceKind.TRADE_EXPORT, EvidenceKind.ORDER_EVENTS, EvidenceKind.KPI_TERMS);
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
        KpiTerms terms = market.kpiTerms();
        if (terms == null) {
            throw new InvalidField("evidence", "K1 measures against the market maker's KPI terms: add the case's KPI"
                    + " terms (KPI_TERMS) to the run");
        }
        long from = Micros.of(terms.from());
        long to = Micros.of(terms.to());
        // The chart has at most MAX_POINTS spans: over a long period the bucket is widened to whole seconds.
        long bucket = Math.max(Micros.of(Duration.parse(market.parameter("bucket"))),
                Math.ceilDiv(Math.ceilDiv(to - from, MAX_POINTS), 1_000_000L) * 1_000_000L);
        Judge judge = new Judge(terms, from, to, bucket);
        Market.Owners owners = market.owners();
        // An order is the market maker's if, when placed, its account is bound or shares the owner a bound
        // account has at that moment; its later events follow it, whatever the links say by then.
        Set<String> bound = new HashSet<>();
        OrderBook book = new OrderBook();
        long[] last = {Long.MIN_VALUE};
        progress.step(1, steps(), "rebuilding the market maker's book");
        market.replay((e, owner, mm) -> {
            if (last[0] != Long.MIN_VALUE && e.timeMicros() > last[0]) {
                judge.held(last[0], e.timeMicros());
            }
            if (last[0] == Long.MIN_VALUE) {
                judge.firstEvent = e.timeMicros();
            }
            last[0] = e.timeMicros();
            boolean ours = e.type() == OrderEvent.Type.NEW ? binds(terms.accounts(), owners, e.account(), owner,
                    e.timeMicros()) : bound.contains(e.orderId());
            if (ours) {
                book.apply(e);
                judge.look(book);
                if (book.resting(e.orderId()) == null) {
                    bound.remove(e.orderId());
                } else {
                    bound.add(e.orderId());
                }
            }
        });
        judge.lastEvent = last[0];
        if (judge.firstEvent == Long.MIN_VALUE || Math.min(to, judge.lastEvent) <= Math.max(from, judge.firstEvent)) {
            throw new InvalidField("evidence", "the order events hold no " + terms.symbol() + " events within the KPI"
                    + " terms' period (" + terms.from() + " to " + terms.to() + "), so nothing can be assessed");
        }
        progress.step(2, steps(), "judging each term between events");
        return judge.result(terms);
    }

    static boolean binds(List<String> accounts, Market.Owners owners, String account, String owner, long at) {
        if (accounts.contains(account)) {
            return true;
        }
        if (!owner.startsWith("O:")) {
            return false;
        }
        for (String a : accounts) {
            if (owners.of(a, at).equals(owner)) {
                return true;
            }
        }
        return false;
    }

    /** The state of the market maker's book between two events, judged against each term. */
    static final class Judge {
        final KpiTerms terms;
        final long from;
        final long to;
        final long bucket;
        long firstEvent = Long.MIN_VALUE;
        long lastEvent = Long.MIN_VALUE;
        boolean twoSided;
        boolean spreadOk;
        boolean depthOk;
        BigDecimal spreadBps;
        BigDecimal bidDepth = BigDecimal.ZERO;
        BigDecimal askDepth = BigDecimal.ZERO;
        final Map<Term, List<long[]>> breaches = new EnumMap<>(Term.class);
        final TreeMap<LocalDate, long[]> days = new TreeMap<>();
        final TreeMap<Long, BigDecimal[]> chart = new TreeMap<>();

        Judge(KpiTerms terms, long from, long to, long bucket) {
            this.terms = terms;
            this.from = from;
            this.to = to;
            this.bucket = bucket;
            for (Term t : Term.values()) {
                breaches.put(t, new ArrayList<>());
            }
        }

        void look(OrderBook book) {
            BigDecimal bid = book.best(Side.BUY);
            BigDecimal ask = book.best(Side.SELL);
            twoSided = bid != null && ask != null;
            if (!twoSided) {
                // without a mid there is no band: no depth is shown, and only presence is judged
                spreadBps = null;
                bidDepth = BigDecimal.ZERO;
                askDepth = BigDecimal.ZERO;
                return;
            }
            BigDecimal sum = ask.add(bid);
            BigDecimal width = ask.subtract(bid);
            // spread in bps = (ask - bid) / ((ask + bid) / 2) * 10,000, compared without rounding
            spreadOk = width.multiply(TEN_THOUSAND).multiply(TWO).compareTo(terms.maxSpreadBps().multiply(sum)) <= 0;
            spreadBps = width.multiply(TEN_THOUSAND).multiply(TWO).divide(sum, 2, RoundingMode.HALF_EVEN);
            BigDecimal mid = sum.divide(TWO);
            BigDecimal band = mid.multiply(terms.depthBandPct()).divide(HUNDRED);
            bidDepth = book.quoteBetween(Side.BUY, mid.subtract(band), mid);
            askDepth = book.quoteBetween(Side.SELL, mid, mid.add(band));
            depthOk = bidDepth.compareTo(terms.minDepthQuote()) >= 0 && askDepth.compareTo(terms.minDepthQuote()) >= 0;
        }

        /** The state held from a to b (b after a). */
        void held(long a, long b) {
            long start = Math.max(a, from);
            long end = Math.min(b, to);
            if (end <= start) {
                return;
            }
            mark(Term.PRESENCE, !twoSided, start, end);
            mark(Term.SPREAD, twoSided && !spreadOk, start, end);
            mark(Term.DEPTH, twoSided && !depthOk, start, end);
            for (long s = start; s < end;) {
                long dayStart = Math.floorDiv(s, 86_400_000_000L) * 86_400_000_000L;
                long e = Math.min(end, dayStart + 86_400_000_000L);
                long[] d = days.computeIfAbsent(LocalDate.ofEpochDay(dayStart / 86_400_000_000L), x -> new long[4]);
                long span = e - s;
                d[0] += span;
                if (twoSided) {
                    d[1] += span;
                    d[2] += spreadOk ? span : 0;
                    d[3] += depthOk ? span : 0;
                }
                s = e;
            }
            for (long s = start; s < end;) {
                long key = Math.floorDiv(s, bucket) * bucket;
                long e = Math.min(end, key + bucket);
                BigDecimal[] c = chart.computeIfAbsent(key, x -> new BigDecimal[3]);
                if (twoSided) {
                    c[0] = c[0] == null ? spreadBps : c[0].max(spreadBps);
                }
                c[1] = c[1] == null ? bidDepth : c[1].min(bidDepth);
                c[2] = c[2] == null ? askDepth : c[2].min(askDepth);
                s = e;
            }
        }

        private void mark(Term term, boolean failing, long start, long end) {
            List<long[]> list = breaches.get(term);
            long[] open = list.isEmpty() ? null : list.getLast();
            if (!failing) {
                return;
            }
            if (open != null && open[1] == start) {
                open[1] = end;
            } else {
                list.add(new long[] {start, end});
            }
        }

        ObjectNode result(KpiTerms t) {
            ObjectNode result = Json.MAPPER.createObjectNode();
            ObjectNode terms = result.putObject("terms");
            terms.put("symbol", t.symbol());
            ArrayNode accounts = terms.putArray("accounts");
            t.accounts().forEach(accounts::add);
            terms.put("maxSpreadBps", t.maxSpreadBps().toPlainString());
            terms.put("depthBandPct", t.depthBandPct().toPlainString());
            terms.put("minDepthQuote", t.minDepthQuote().toPlainString());
            terms.put("minPresencePct", t.minPresencePct().toPlainString());
            terms.put("from", t.from().toString());
            terms.put("to", t.to().toString());
            long assessedFrom = Math.max(from, firstEvent);
            long assessedTo = Math.min(to, lastEvent);
            ObjectNode assessed = result.putObject("assessed");
            if (firstEvent != Long.MIN_VALUE && assessedTo > assessedFrom) {
                assessed.put("from", Micros.instant(assessedFrom).toString());
                assessed.put("to", Micros.instant(assessedTo).toString());
            } else {
                assessed.putNull("from");
                assessed.putNull("to");
            }
            List<Object[]> all = new ArrayList<>();
            breaches.forEach((term, list) -> list.forEach(b -> all.add(new Object[] {term, b})));
            all.sort((x, y) -> {
                long[] a = (long[]) x[1];
                long[] b = (long[]) y[1];
                return a[0] != b[0] ? Long.compare(a[0], b[0])
                        : a[1] != b[1] ? Long.compare(a[1], b[1]) : ((Term) x[0]).compareTo((Term) y[0]);
            });
            ArrayNode list = result.putArray("breaches");
            for (Object[] b : all) {
                long[] span = (long[]) b[1];
                list.addObject().put("term", ((Term) b[0]).name()).put("from", Micros.instant(span[0]).toString())
                        .put("to", Micros.instant(span[1]).toString());
            }
            ObjectNode counts = result.putObject("breachSeconds");
            for (Term term : Term.values()) {
                long total = breaches.get(term).stream().mapToLong(s -> s[1] - s[0]).sum();
                counts.put(term.name(), OrderBehaviour.seconds(total));
            }
            result.put("count", all.size());
            ArrayNode daily = result.putArray("daily");
            int failedDays = 0;
            for (Map.Entry<LocalDate, long[]> d : days.entrySet()) {
                long[] v = d.getValue();
                String presence = OrderBehaviour.share(v[1], v[0]);
                boolean held = BigDecimal.valueOf(v[1]).multiply(HUNDRED)
                        .compareTo(t.minPresencePct().multiply(BigDecimal.valueOf(v[0]))) >= 0;
                failedDays += held ? 0 : 1;
                daily.addObject().put("date", d.getKey().toString()).put("assessedSeconds", OrderBehaviour.seconds(v[0]))
                        .put("presence", presence).put("spread", OrderBehaviour.share(v[2], v[1]))
                        .put("depth", OrderBehaviour.share(v[3], v[1])).put("presenceHeld", held);
            }
            result.put("daysPresenceMissed", failedDays);
            result.put("bucket", Duration.ofNanos(bucket * 1000).toString());
            ArrayNode series = result.putArray("series");
            chart.forEach((k, c) -> series.addObject().put("from", Micros.instant(k).toString())
                    .put("spreadBps", c[0] == null ? null : c[0].toPlainString())
                    .put("bidDepth", c[1].setScale(2, RoundingMode.HALF_EVEN).toPlainString())
                    .put("askDepth", c[2].setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
            return result;
        }
    }
}
