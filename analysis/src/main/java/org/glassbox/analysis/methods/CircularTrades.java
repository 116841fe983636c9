package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * W3: circular trading. Three or four distinct accounts selling around a ring (A to B, B to C, ... back
 * to A), legs in time order, each leg's quantity within a tolerance of the first leg's and the whole
 * ring within a window, so that every account ends near where it began. It looks at the whole market.
 *
 * <p>Candidate legs are joined in the engine by account and by time bucket (the window's length), so a
 * busy account costs the trades of its own hours, not all its trades squared; the ring itself is
 * checked in Java with exact decimals. Candidates are found once at the loosest thresholds of the
 * sensitivity table and counted at each.
 */
public final class CircularTrades implements AnalysisMethod {
    static final String DEFAULT_TOLERANCE = "0.01";
    static final String DEFAULT_WINDOW = "PT1H";
    static final List<String[]> SENSITIVITY = List.of(new String[] {"0.005", "PT1H"}, new String[] {"0.01", "PT1H"},
            new String[] {"0.02", "PT1H"}, new String[] {"0.01", "PT30M"}, new String[] {"0.01", "PT2H"});

    @Override
    public String id() {
        return "W3";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Circular trading";
    }

    @Override
    public String description() {
        return "Finds rings of three or four accounts that sell nearly the same quantity to one another in turn"
                + " within a short time, so that each ends close to where it began.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol(),
                new Parameter("tolerance", Parameter.Type.DECIMAL, DEFAULT_TOLERANCE, "0.0001", "0.1",
                        "Largest difference of a leg's quantity from the first leg's, as a fraction of it."),
                new Parameter("window", Parameter.Type.DURATION, DEFAULT_WINDOW, "PT1S", "P1D",
                        "Longest time from the first leg of a ring to its last."));
    }

    @Override
    public boolean needsAccounts() {
        return true;
    }

    @Override
    public int steps() {
        return 3;
    }

    /** A ring: its accounts from the first leg's seller on, and its legs in time order. */
    record Cycle(List<String> accounts, List<Flagged> legs) {
        long span() {
            return legs.getLast().ts() - legs.getFirst().ts();
        }

        boolean within(BigDecimal tolerance, long windowMicros) {
            if (span() > windowMicros) {
                return false;
            }
            BigDecimal first = legs.getFirst().qty();
            BigDecimal allowed = first.multiply(tolerance);
            return legs.stream().allMatch(l -> l.qty().subtract(first).abs().compareTo(allowed) <= 0);
        }
    }

    static List<Cycle> candidates(Market market, BigDecimal tolerance, long windowMicros) throws SQLException {
        List<Cycle> cycles = new ArrayList<>();
        String edges = "(SELECT trade_id, ts, qty, seller AS src, buyer AS dst, buyer_mm OR seller_mm AS mm,"
                + " ts // " + windowMicros + " AS bucket FROM trades WHERE seller <> buyer)";
        String next = " ON %2$s.src = %1$s.dst AND %2$s.bucket = l1.bucket + %3$s AND %2$s.ts >= %1$s.ts"
                + " AND %2$s.ts <= l1.ts + " + windowMicros + " AND abs(%2$s.qty - l1.qty) <= l1.qty * " + tolerance
                + " AND %2$s.trade_id <> %1$s.trade_id";
        String legs = "l1.trade_id, l1.ts, l1.qty, l1.mm, l1.src, l2.trade_id, l2.ts, l2.qty, l2.mm, l2.src,"
                + " l3.trade_id, l3.ts, l3.qty, l3.mm, l3.src";
        String join2 = " CROSS JOIN (VALUES (0), (1)) k2(k) JOIN " + edges + " l2" + next.formatted("l1", "l2", "k2.k");
        String join3 = " CROSS JOIN (VALUES (0), (1)) k3(k) JOIN " + edges + " l3" + next.formatted("l2", "l3", "k3.k");
        String three = "SELECT " + legs + " FROM " + edges + " l1" + join2 + join3 + " AND l3.dst = l1.src"
                + " WHERE l2.dst <> l1.src";
        market.each(three, r -> cycles.add(cycle(r, 3)));
        String four = "SELECT " + legs + ", l4.trade_id, l4.ts, l4.qty, l4.mm, l4.src FROM " + edges + " l1" + join2
                + join3 + " CROSS JOIN (VALUES (0), (1)) k4(k) JOIN " + edges + " l4" + next.formatted("l3", "l4", "k4.k")
                + " AND l4.dst = l1.src WHERE l2.dst <> l1.src AND l3.dst <> l1.src AND l3.dst <> l2.src";
        market.each(four, r -> cycles.add(cycle(r, 4)));
        return cycles;
    }

    private static Cycle cycle(java.sql.ResultSet r, int size) throws SQLException {
        List<String> accounts = new ArrayList<>();
        List<Flagged> legs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int c = i * 5 + 1;
            legs.add(new Flagged(r.getString(c), r.getLong(c + 1), r.getBigDecimal(c + 2), r.getBoolean(c + 3)));
            accounts.add(r.getString(c + 4));
        }
        return new Cycle(accounts, legs);
    }

    /**
     * The rings as a graph of accounts (an edge for each leg), for the result's summary: how many accounts
     * and distinct seller-to-buyer links the rings use.
     */
    static Graph<String, DefaultEdge> ringGraph(List<Cycle> cycles) {
        Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (Cycle c : cycles) {
            for (int i = 0; i < c.accounts().size(); i++) {
                String from = c.accounts().get(i);
                String to = c.accounts().get((i + 1) % c.accounts().size());
                g.addVertex(from);
                g.addVertex(to);
                if (!g.containsEdge(from, to)) {
                    g.addEdge(from, to);
                }
            }
        }
        return g;
    }

    static List<Cycle> within(List<Cycle> candidates, BigDecimal tolerance, long windowMicros) {
        return candidates.stream().filter(c -> c.within(tolerance, windowMicros)).toList();
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        SelfTrades.Totals totals = SelfTrades.Totals.of(market);
        progress.step(1, steps(), "counting the market");
        BigDecimal tolerance = new BigDecimal(market.parameter("tolerance"));
        long window = RoundTrips.micros(market.parameter("window"));
        BigDecimal maxTolerance = tolerance;
        long maxWindow = window;
        for (String[] t : SENSITIVITY) {
            maxTolerance = maxTolerance.max(new BigDecimal(t[0]));
            maxWindow = Math.max(maxWindow, RoundTrips.micros(t[1]));
        }
        List<Cycle> candidates = candidates(market, maxTolerance, maxWindow);
        progress.step(2, steps(), "following rings of three and four accounts");
        List<Cycle> found = sorted(within(candidates, tolerance, window));
        ObjectNode result = summary(found, totals);
        Graph<String, DefaultEdge> graph = ringGraph(found);
        result.put("ringAccounts", graph.vertexSet().size());
        result.put("ringLinks", graph.edgeSet().size());
        ArrayNode cycles = result.putArray("cycles");
        for (Cycle c : found) {
            ObjectNode node = cycles.addObject();
            Json.strings(node, "accounts", c.accounts());
            Json.strings(node, "tradeIds", c.legs().stream().map(Flagged::tradeId).toList());
        }
        ArrayNode sensitivity = result.putArray("sensitivity");
        Set<String> rows = new LinkedHashSet<>();
        List<String[]> table = new ArrayList<>(SENSITIVITY);
        table.add(new String[] {tolerance.toPlainString(), market.parameter("window")});
        table.sort(Comparator.<String[], BigDecimal>comparing(t -> new BigDecimal(t[0]))
                .thenComparing(t -> Duration.parse(t[1])));
        for (String[] t : table) {
            String key = new BigDecimal(t[0]).stripTrailingZeros().toPlainString() + "/" + Duration.parse(t[1]);
            if (!rows.add(key)) {
                continue;
            }
            List<Cycle> at = within(candidates, new BigDecimal(t[0]), RoundTrips.micros(t[1]));
            ObjectNode row = summary(at, totals);
            row.remove("tradeIds");
            row.put("cycles", at.size());
            ObjectNode th = row.putObject("thresholds");
            th.put("tolerance", new BigDecimal(t[0]).stripTrailingZeros().toPlainString());
            th.put("window", Duration.parse(t[1]).toString());
            sensitivity.add(row);
        }
        progress.step(3, steps(), "counting at each threshold");
        return result;
    }

    private static ObjectNode summary(List<Cycle> cycles, SelfTrades.Totals totals) {
        List<Flagged> legs = new ArrayList<>();
        cycles.forEach(c -> legs.addAll(c.legs()));
        return Detections.summary(legs, totals);
    }

    /** Rings in one total order: by their trade ids, leg by leg. */
    static List<Cycle> sorted(List<Cycle> cycles) {
        List<String> all = new ArrayList<>();
        cycles.forEach(c -> c.legs().forEach(l -> all.add(l.tradeId())));
        Comparator<String> ids = Ids.comparator(all);
        List<Cycle> out = new ArrayList<>(new TreeSet<>(byLegs(ids)) {
            {
                addAll(cycles);
            }
        });
        return out;
    }

    private static Comparator<Cycle> byLegs(Comparator<String> ids) {
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.legs().size(), b.legs().size()); i++) {
                int c = ids.compare(a.legs().get(i).tradeId(), b.legs().get(i).tradeId());
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.legs().size(), b.legs().size());
        };
    }
}
