package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.glassbox.analysis.GeneratedMarket;
import org.glassbox.analysis.engine.Source;
import org.glassbox.api.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** S1, S2 and K1 against the generator's ground truth and an independent count, on several seeds. */
class OrderAnalysesTest {
    private static final Set<String> MM = Set.of("UID-100234", "UID-100235", "UID-100236");
    private static final long NINTH_OF_MARCH = Instant.parse("2025-03-09T00:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void spoofingIsFoundWithHighRecallAndPrecision(long seed) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, seed, 20_000);
        JsonNode truth = market.truth().get("S2");
        JsonNode s2 = GeneratedMarket.result(market.run("S2", Map.of(), true));
        TreeSet<String> found = GeneratedMarket.ids(s2.get("orderIds"));
        TreeSet<String> planted = GeneratedMarket.ids(truth.get("orderIds"));
        TreeSet<String> hit = new TreeSet<>(found);
        hit.retainAll(planted);
        assertThat(planted).hasSizeGreaterThan(12);
        assertThat((double) hit.size() / planted.size()).as("recall").isGreaterThanOrEqualTo(0.95);
        TreeSet<String> extra = new TreeSet<>(found);
        extra.removeAll(planted);
        assertThat((double) hit.size() / found.size()).as("precision; found but not planted: %s in %s", extra,
                s2.get("episodes")).isGreaterThanOrEqualTo(0.95);
        TreeSet<String> fills = new TreeSet<>();
        s2.get("episodes").forEach(e -> fills.add(e.get("fillTradeId").asText()));
        assertThat(fills).containsAll(GeneratedMarket.ids(truth.get("fillTradeIds")));
        for (JsonNode episode : s2.get("episodes")) {
            assertThat(Instant.parse(episode.get("from").asText())).isBefore(Instant.parse(episode.get("to").asText()));
        }
        assertThat(s2.get("sensitivity")).hasSize(3);
        assertThat(s2.get("sensitivity").get(0).get("thresholds").get("k").asText()).isEqualTo("3");
        assertThat(s2.get("sensitivity").get(1).get("orders").asInt()).as("the k = 5 row is the run itself")
                .isEqualTo(found.size());
        JsonNode atTen = GeneratedMarket.result(market.run("S2", Map.of("k", "10"), true));
        assertThat(s2.get("sensitivity").get(2).get("orders").asInt()).as("the k = 10 row is a run at k = 10")
                .isEqualTo(atTen.get("orderIds").size());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void kpiBreachIntervalsAreExactlyThePlantedOnes(long seed) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, seed, 20_000);
        JsonNode k1 = GeneratedMarket.result(market.run("K1", Map.of(), true));
        JsonNode planted = market.truth().get("K1").get("breaches");
        assertThat(k1.get("breaches")).isEqualTo(planted);
        for (String term : List.of("SPREAD", "DEPTH", "PRESENCE")) {
            assertThat(planted.findValuesAsText("term")).contains(term);
        }
        // Each day's presence from the planted pulls alone, against the terms' 95 %.
        Instant from = Instant.parse(k1.get("assessed").get("from").asText());
        Instant to = Instant.parse(k1.get("assessed").get("to").asText());
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        for (Instant d = from; d.isBefore(to);) {
            Instant next = d.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant e = next.isBefore(to) ? next : to;
            days.put(d.atZone(ZoneOffset.UTC).toLocalDate(), new long[] {e.toEpochMilli() - d.toEpochMilli(), 0});
            d = e;
        }
        for (JsonNode b : planted) {
            if (b.get("term").asText().equals("PRESENCE")) {
                long a = Instant.parse(b.get("from").asText()).toEpochMilli();
                long z = Instant.parse(b.get("to").asText()).toEpochMilli();
                days.get(Instant.ofEpochMilli(a).atZone(ZoneOffset.UTC).toLocalDate())[1] += z - a;
            }
        }
        assertThat(k1.get("daily")).hasSize(days.size());
        int i = 0;
        for (Map.Entry<LocalDate, long[]> d : days.entrySet()) {
            JsonNode day = k1.get("daily").get(i++);
            assertThat(day.get("date").asText()).isEqualTo(d.getKey().toString());
            long[] v = d.getValue();
            assertThat(day.get("presence").asText()).isEqualTo(BigDecimal.valueOf(v[0] - v[1])
                    .divide(BigDecimal.valueOf(v[0]), 6, RoundingMode.HALF_EVEN).toPlainString());
            assertThat(day.get("presenceHeld").asBoolean()).isEqualTo((v[0] - v[1]) * 100 >= 95 * v[0]);
        }
        assertThat(k1.get("daysPresenceMissed").asInt()).as("the long pull on the first day misses its 95 %")
                .isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42})
    void orderBehaviourEqualsAnIndependentCount(long seed) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, seed, 20_000);
        JsonNode s1 = GeneratedMarket.result(market.run("S1", Map.of(), true));
        Map<Boolean, long[]> counts = new HashMap<>();
        counts.put(true, new long[6]);
        counts.put(false, new long[6]);
        Map<String, Long> placedAt = new HashMap<>();
        Map<String, BigDecimal> leaves = new HashMap<>();
        Map<Boolean, BigDecimal[]> volumes = new HashMap<>();
        volumes.put(true, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        volumes.put(false, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        Map<Boolean, List<Long>> lives = new HashMap<>();
        lives.put(true, new ArrayList<>());
        lives.put(false, new ArrayList<>());
        try (BufferedReader in = Files.newBufferedReader(market.files().orderEvents())) {
            String header = in.readLine();
            assertThat(header).startsWith("event_id,time,symbol,account,order_id,event_type");
            for (String line; (line = in.readLine()) != null;) {
                String[] f = line.split(",", -1);
                long ms = Long.parseLong(f[1]);
                boolean mm = MM.contains(f[3]) || (f[3].equals("UID-100237") && ms >= NINTH_OF_MARCH);
                long[] c = counts.get(mm);
                BigDecimal[] v = volumes.get(mm);
                switch (f[5]) {
                    case "NEW" -> {
                        c[0]++;
                        c[2]++;
                        placedAt.put(f[4], ms);
                        v[0] = v[0].add(new BigDecimal(f[8]));
                        leaves.put(f[4], new BigDecimal(f[9]));
                    }
                    case "REPLACE" -> {
                        c[0]++;
                        v[0] = v[0].add(new BigDecimal(f[8]));
                        leaves.put(f[4], new BigDecimal(f[9]));
                    }
                    case "CANCEL" -> {
                        c[0]++;
                        c[3]++;
                        if (ms - placedAt.get(f[4]) <= 2000) {
                            c[4]++;
                        }
                        lives.get(mm).add((ms - placedAt.remove(f[4])) * 1000);
                    }
                    case "FILL" -> {
                        c[1]++;
                        v[1] = v[1].add(leaves.remove(f[4]));
                        lives.get(mm).add((ms - placedAt.remove(f[4])) * 1000);
                    }
                    default -> throw new AssertionError("the generator writes no " + f[5]);
                }
            }
        }
        for (boolean mm : new boolean[] {true, false}) {
            JsonNode g = s1.get(mm ? "marketMaker" : "others");
            long[] c = counts.get(mm);
            assertThat(g.get("orders").asLong()).isEqualTo(c[0]);
            assertThat(g.get("transactions").asLong()).isEqualTo(c[1]);
            assertThat(g.get("newOrders").asLong()).isEqualTo(c[2]);
            assertThat(g.get("cancelled").asLong()).isEqualTo(c[3]);
            assertThat(g.get("cancelledQuickly").asLong()).isEqualTo(c[4]);
            assertThat(g.get("orderToTradeCount").asText()).isEqualTo(BigDecimal.valueOf(c[0])
                    .divide(BigDecimal.valueOf(c[1]), 6, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE).toPlainString());
            assertThat(g.get("cancelRatio").asText()).isEqualTo(BigDecimal.valueOf(c[3])
                    .divide(BigDecimal.valueOf(c[2]), 6, RoundingMode.HALF_EVEN).toPlainString());
            BigDecimal[] v = volumes.get(mm);
            assertThat(g.get("orderToTradeVolume").asText()).isEqualTo(v[0].divide(v[1], 6, RoundingMode.HALF_EVEN)
                    .subtract(BigDecimal.ONE).toPlainString());
            List<Long> life = lives.get(mm);
            java.util.Collections.sort(life);
            assertThat(g.get("lifetimeMedianSeconds").asText()).as("nearest-rank median of the orders that ended")
                    .isEqualTo(BigDecimal.valueOf(life.get((life.size() + 1) / 2 - 1), 6).stripTrailingZeros()
                            .toPlainString());
        }
        assertThat(new BigDecimal(s1.get("marketMaker").get("orderToTradeCount").asText()))
                .as("the quoting market maker sends more messages per trade than the crowd")
                .isGreaterThan(new BigDecimal(s1.get("others").get("orderToTradeCount").asText()));
        long hourlyOrders = 0;
        for (JsonNode h : s1.get("hourly")) {
            hourlyOrders += h.get("marketMaker").get("orders").asLong() + h.get("others").get("orders").asLong();
        }
        assertThat(hourlyOrders).isEqualTo(counts.get(true)[0] + counts.get(false)[0]);
    }

    @Test
    void orderMethodsRefuseARunWithoutOrderEventsOrKpiTerms() throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, 3, 2_000);
        for (String method : List.of("S1", "S2", "K1")) {
            assertThatThrownBy(() -> market.run(method, Map.of(), false)).isInstanceOf(InvalidField.class)
                    .hasMessageContaining("ORDER_EVENTS");
        }
        var inputs = new AnalysisInputs(List.of(market.trades()), List.of(market.links()), List.of(market.orders()),
                List.of("UID-100234"));
        assertThatThrownBy(() -> new Analyses(market.engine()).run(Methods.require("K1"), inputs, Map.of(),
                Progress.NONE)).isInstanceOf(InvalidField.class).hasMessageContaining("KPI_TERMS");
    }

    @Test
    void twoOrderFilesThatContradictEachOtherAreRefusedWithTheirLine() throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, 3, 2_000);
        // The same events twice: each file alone is sound, together every order is placed twice.
        var inputs = new AnalysisInputs(List.of(market.trades()), List.of(market.links()),
                List.of(market.orders(), new Source(market.orders().file(), market.orders().profile())),
                List.of("UID-100234"));
        assertThatThrownBy(() -> new Analyses(market.engine()).run(Methods.require("S1"), inputs, Map.of(),
                Progress.NONE)).isInstanceOf(InvalidField.class).hasMessageContaining("file 2, line 2")
                .hasMessageContaining("already rests");
    }
}
