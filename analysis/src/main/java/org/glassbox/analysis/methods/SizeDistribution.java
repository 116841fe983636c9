package org.glassbox.analysis.methods;

import java.sql.SQLException;
import java.util.List;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * W5: a distributional screen of trade sizes. The first significant digit of each trade's quantity
 * against Benford's law (chi-square and mean absolute deviation), and the share of round sizes (a single
 * significant digit: 5, 300, 0.02), for the market maker's trades against everyone else's, with a
 * two-proportion test of the round shares. Informational only: it flags no trade, and below the
 * minimum sample it states that it cannot conclude. Counts are exact; every statistic is computed
 * from them in Java and printed with six significant digits.
 */
public final class SizeDistribution implements AnalysisMethod {
    private static final double[] BENFORD = new double[9];

    static {
        for (int d = 1; d <= 9; d++) {
            BENFORD[d - 1] = Math.log10(1 + 1.0 / d);
        }
    }

    @Override
    public String id() {
        return "W5";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Trade size distribution";
    }

    @Override
    public String description() {
        return "Compares the first digits and the roundness of the market maker's trade sizes with Benford's law"
                + " and with everyone else's trades; it is a screen that flags no trade.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol(), new Parameter("minSample", Parameter.Type.INTEGER, "1000", "100",
                "100000000", "Fewest trades in a group for the screen to conclude anything about it."));
    }

    @Override
    public boolean needsAccounts() {
        return false;
    }

    @Override
    public int steps() {
        return 1;
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        long[][] digits = new long[2][9];
        long[] round = new long[2];
        String mm = market.hasAccounts() ? "(buyer_mm OR seller_mm)" : "false";
        market.each("SELECT " + mm + " AS mm, CAST(regexp_extract(CAST(qty AS VARCHAR), '[1-9]') AS INTEGER) AS d,"
                + " count(*), count(*) FILTER (WHERE length(trim(replace(CAST(qty AS VARCHAR), '.', ''), '0')) = 1)"
                + " FROM trades GROUP BY mm, d ORDER BY mm, d", r -> {
                    int g = r.getBoolean(1) ? 0 : 1;
                    digits[g][r.getInt(2) - 1] += r.getLong(3);
                    round[g] += r.getLong(4);
                });
        progress.step(1, steps(), "counting first digits and round sizes");
        long minSample = Long.parseLong(market.parameter("minSample"));
        ObjectNode result = Json.object();
        result.put("minSample", minSample);
        ArrayNode expected = result.putArray("benford");
        for (double p : BENFORD) {
            expected.add(Json.statistic(p));
        }
        boolean compare = market.hasAccounts();
        if (compare) {
            result.set("marketMaker", group(digits[0], round[0], minSample));
        }
        result.set(compare ? "others" : "market", group(digits[1], round[1], minSample));
        ObjectNode test = result.putObject("roundShareTest");
        long n0 = sum(digits[0]);
        long n1 = sum(digits[1]);
        if (!compare) {
            test.put("conclusion", "NOT_APPLICABLE");
            test.put("reason", "the trades do not say who traded, so the market maker cannot be compared");
        } else if (n0 < minSample || n1 < minSample) {
            test.put("conclusion", "INSUFFICIENT_SAMPLE");
            test.put("reason", "each group needs at least " + minSample + " trades; the market maker has " + n0
                    + " and everyone else " + n1);
        } else if (round[0] + round[1] == 0 || round[0] + round[1] == n0 + n1) {
            test.put("conclusion", "NOT_APPLICABLE");
            test.put("reason", round[0] + round[1] == 0 ? "no trade has a round size" : "every trade has a round size");
        } else {
            long[][] table = {{round[0], n0 - round[0]}, {round[1], n1 - round[1]}};
            SignificanceResult r = ChiSquareTest.withDefaults().test(table);
            double p0 = (double) round[0] / n0;
            double p1 = (double) round[1] / n1;
            double pooled = (double) (round[0] + round[1]) / (n0 + n1);
            double z = (p0 - p1) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n0 + 1.0 / n1));
            test.put("z", Json.statistic(z));
            test.put("chiSquare", Json.statistic(r.getStatistic()));
            test.put("pValue", Json.statistic(r.getPValue()));
            test.put("conclusion", r.getPValue() < 0.001 ? "DIFFERENT" : "NOT_DIFFERENT");
        }
        return result;
    }

    private static ObjectNode group(long[] counts, long round, long minSample) {
        ObjectNode g = Json.object();
        long n = sum(counts);
        g.put("trades", n);
        ArrayNode c = g.putArray("firstDigits");
        for (long v : counts) {
            c.add(v);
        }
        g.put("roundSizes", round);
        g.put("roundShare", Json.share(round, n));
        if (n < minSample) {
            g.put("conclusion", "INSUFFICIENT_SAMPLE");
            return g;
        }
        double[] expected = new double[9];
        double mad = 0;
        for (int d = 0; d < 9; d++) {
            expected[d] = BENFORD[d] * n;
            mad += Math.abs((double) counts[d] / n - BENFORD[d]);
        }
        mad /= 9;
        SignificanceResult r = ChiSquareTest.withDefaults().test(expected, counts);
        g.put("chiSquare", Json.statistic(r.getStatistic()));
        g.put("pValue", Json.statistic(r.getPValue()));
        g.put("mad", Json.statistic(mad));
        // Nigrini's first-digit bands for the mean absolute deviation.
        g.put("conclusion", mad < 0.006 ? "CLOSE_CONFORMITY" : mad < 0.012 ? "ACCEPTABLE_CONFORMITY"
                : mad < 0.015 ? "MARGINAL_CONFORMITY" : "NONCONFORMITY");
        return g;
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }
}
