package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.glassbox.analysis.GeneratedMarket;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Each detector against the generator's ground truth, on markets from several seeds. */
class TradeAnalysesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void detectorsFindWhatWasPlantedAndLittleElse(long seed) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, seed, 20_000);
        JsonNode truth = market.truth();

        JsonNode w1 = GeneratedMarket.result(market.run("W1", Map.of(), false));
        assertAccurate("W1", GeneratedMarket.ids(w1.get("tradeIds")), GeneratedMarket.ids(truth.get("W1").get("tradeIds")));
        assertThat(w1.get("count").asLong()).isEqualTo(w1.get("tradeIds").size());

        JsonNode w2 = GeneratedMarket.result(market.run("W2", Map.of(), false));
        assertAccurate("W2", GeneratedMarket.ids(w2.get("tradeIds")), GeneratedMarket.ids(truth.get("W2").get("tradeIds")));
        JsonNode w2At5s = GeneratedMarket.result(market.run("W2", Map.of("window", "PT5S"), false));
        assertAccurate("W2 at 5 s", GeneratedMarket.ids(w2At5s.get("tradeIds")),
                GeneratedMarket.ids(truth.get("W2").get("tradeIdsWithin5s")));
        assertThat(w2.get("sensitivity").get(1).get("count").asLong())
                .as("the sensitivity table's 5 s row counts what a 5 s run flags").isEqualTo(w2At5s.get("count").asLong());

        JsonNode w3 = GeneratedMarket.result(market.run("W3", Map.of(), false));
        assertAccurate("W3", GeneratedMarket.ids(w3.get("tradeIds")), GeneratedMarket.ids(truth.get("W3").get("tradeIds")));
        Set<String> plantedRings = new TreeSet<>();
        truth.get("W3").get("cycles").forEach(c -> plantedRings.add(String.join(",", GeneratedMarket.list(c.get("accounts")))));
        Set<String> foundRings = new TreeSet<>();
        w3.get("cycles").forEach(c -> foundRings.add(String.join(",", GeneratedMarket.list(c.get("accounts")))));
        assertThat(foundRings).as("rings named by their accounts from the first seller on").containsAll(plantedRings);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void dumpAfterListingReproducesThePlantedFiguresExactly(long seed) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, seed, 20_000);
        JsonNode truth = market.truth().get("D1");
        for (boolean orders : new boolean[] {true, false}) {
            JsonNode d1 = GeneratedMarket.result(market.run("D1", Map.of(), orders));
            assertThat(d1.get("window")).isEqualTo(truth.get("window"));
            assertThat(d1.get("soldQty").asText()).isEqualTo("70000000.00").isEqualTo(truth.get("soldQty").asText());
            assertThat(d1.get("boughtQty").asText()).isEqualTo(truth.get("boughtQty").asText());
            assertThat(d1.get("buyOrders").asLong()).isZero().isEqualTo(truth.get("buyOrders").asLong());
            assertThat(d1.get("buyOrdersFrom").asText()).isEqualTo(orders ? "ORDER_EVENTS" : "TRADES");
            assertThat(d1.get("proceeds").asText()).isEqualTo(truth.get("proceeds").asText());
            assertThat(d1.get("sellShare").asText()).isEqualTo(truth.get("sellShare").asText());
            assertThat(d1.get("profitRank").asLong()).isEqualTo(1).isEqualTo(truth.get("profitRank").asLong());
            assertThat(GeneratedMarket.list(d1.get("accounts"))).containsExactly("UID-100234", "UID-100235", "UID-100236");
            JsonNode path = d1.get("pricePath");
            assertThat(path.get(path.size() - 1).get("netPosition").asText()).isEqualTo("-70000000.00");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3})
    void aWindowGivenAsParametersIsTheOneMeasured(long seed) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, seed, 20_000);
        JsonNode d1 = GeneratedMarket.result(market.run("D1",
                Map.of("from", "2025-03-08T10:00:00Z", "to", "2025-03-09T10:00:00Z"), true));
        assertThat(d1.get("window").get("from").asText()).isEqualTo("2025-03-08T10:00:00Z");
        assertThat(d1.get("soldQty").asText()).as("the dump is over by then").isNotEqualTo("70000000.00");
        assertThat(d1.get("buyOrders").asLong()).as("the market maker quotes both sides on day two").isPositive();
    }

    private static void assertAccurate(String what, Set<String> found, Set<String> planted) {
        Set<String> hits = new TreeSet<>(found);
        hits.retainAll(planted);
        double recall = (double) hits.size() / planted.size();
        double precision = found.isEmpty() ? 0 : (double) hits.size() / found.size();
        assertThat(planted).as(what + " plants something").isNotEmpty();
        assertThat(recall).as(what + " recall (" + hits.size() + " of " + planted.size() + " planted)")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as(what + " precision (" + hits.size() + " of " + found.size() + " found)")
                .isGreaterThanOrEqualTo(0.95);
    }
}
