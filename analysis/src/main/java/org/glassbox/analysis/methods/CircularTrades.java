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
        // The legs are read from the files once, into the engine's own table (it spills when it must).
        // Each next leg is found by equality on (its seller = the previous buyer, its quantity bucket = the
        // first leg's + d, d in -1, 0, 1): a quantity bucket is a step of log(quantity) wider than the
        // tolerance, so a leg within the tolerance is always in the first leg's bucket or a neighbour. The
        // offsets are literals, so each branch is a plain hash join. Buckets only narrow the search; the
        // exact decimal conditions decide.
        double step = -Math.log(1 - tolerance.doubleValue()) * 1.001;
        // %1$s: the previous leg's time, %2$s: the next leg, %3$s: the previous leg's trade id.
        String within = " AND %2$s.ts >= %1$s AND %2$s.ts <= p.ts1 + " + windowMicros
                + " AND abs(%2$s.qty - p.qty1) <= p.qty1 * " + tolerance + " AND %2$s.trade_id <> %3$s";
        try (var st = market.connection().createStatement()) {
            st.execute("DROP TABLE IF EXISTS ring_edges");
            st.execute("DROP TABLE IF EXISTS ring_paths2");
            st.execute("DROP TABLE IF EXISTS ring_paths3");
            st.execute("CREATE TEMP TABLE ring_edges AS SELECT trade_id, ts, qty, seller AS src, buyer AS dst,"
                    + " buyer_mm OR seller_mm AS mm, CAST(floor(ln(CAST(qty AS DOUBLE)) / " + step + ") AS BIGINT) AS qb"
                    + " FROM trades WHERE seller <> buyer");
            List<String> two = new ArrayList<>();
            for (int d = -1; d <= 1; d++) {
                two.add("SELECT l1.trade_id AS id1, l1.ts AS ts1, l1.qty AS qty1, l1.mm AS mm1, l1.src AS a1, l1.qb AS qb1,"
                        + " l2.trade_id AS id2, l2.ts AS ts2, l2.qty AS qty2, l2.mm AS mm2, l2.src AS a2, l2.dst AS a3"
                        + " FROM ring_edges l1 JOIN ring_edges l2 ON l2.src = l1.dst AND l2.qb = l1.qb + (" + d + ")"
                        + " AND l2.dst <> l1.src AND l2.ts >= l1.ts AND l2.ts <= l1.ts + " + windowMicros
                        + " AND abs(l2.qty - l1.qty) <= l1.qty * " + tolerance + " AND l2.trade_id <> l1.trade_id");
            }
            st.execute("CREATE TEMP TABLE ring_paths2 AS " + String.join(" UNION ALL ", two));
            List<String> three = new ArrayList<>();
            for (int d = -1; d <= 1; d++) {
                three.add("SELECT p.*, l3.trade_id AS id3, l3.ts AS ts3, l3.qty AS qty3, l3.mm AS mm3, l3.dst AS a4"
                        + " FROM ring_paths2 p JOIN ring_edges l3"
                        + " ON l3.src = p.a3 AND l3.qb = p.qb1 + (" + d + ")" + within.formatted("p.ts2", "l3", "p.id2"));
            }
            st.execute("CREATE TEMP TABLE ring_paths3 AS " + String.join(" UNION ALL ", three));
        }
        String legs = "id1, ts1, qty1, mm1, a1, id2, ts2, qty2, mm2, a2, id3, ts3, qty3, mm3, a3";
        market.each("SELECT " + legs + " FROM ring_paths3 WHERE a4 = a1", r -> cycles.add(cycle(r, 3)));
        List<String> four = new ArrayList<>();
        for (int d = -1; d <= 1; d++) {
            four.add("SELECT " + legs + ", l4.trade_id, l4.ts, l4.qty, l4.mm, l4.src FROM"
                    + " (SELECT * FROM ring_paths3 WHERE a4 <> a1 AND a4 <> a2) p"
                    + " JOIN ring_edges l4 ON l4.src = p.a4 AND l4.dst = p.a1 AND l4.qb = p.qb1 + (" + d + ")"
                    + within.formatted("p.ts3", "l4", "p.id3"));
        }
        String fourRings = String.join(" UNION ALL ", four);
        market.each(fourRings, r -> cycles.add(cycle(r, 4)));
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
