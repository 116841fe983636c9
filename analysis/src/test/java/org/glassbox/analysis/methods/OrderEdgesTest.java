package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.glassbox.analysis.GeneratedMarket;
import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.engine.Source;
import org.glassbox.analysis.format.KpiTerms;
import org.glassbox.analysis.format.MarketDataReader;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.shared.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * S2 and K1 on hand-written order events where every boundary is met exactly: an order placed exactly W
 * before the fill, cancelled exactly W' after it, replaced but not cancelled, expired, a partial fill, a
 * link that begins while an order rests, a state that lasts no time, a REJECT of an order never placed.
 */
class OrderEdgesTest {
    private static final long T0 = Instant.parse("2025-03-07T10:00:00Z").toEpochMilli();
    private static final String HEADER = "event_id,time,symbol,account,order_id,event_type,side,price,qty,leaves_qty,"
            + "filled_qty,trade_id\n";

    @TempDir
    Path dir;

    private int id;

    private String e(long ms, String account, int order, String type, String side, String price, String qty,
            String leaves, String filled, String trade) {
        return (++id) + "," + (T0 + ms) + ",GPSUSDT," + account + "," + order + "," + type + "," + side + "," + price + ","
                + qty + "," + leaves + "," + filled + "," + trade + "\n";
    }

    private JsonNode run(String method, String orders, KpiTerms terms) throws Exception {
        Engine engine = Engine.withDefaults(dir.resolve("spill"));
        MarketDataReader reader = new MarketDataReader(engine);
        Path trades = Files.writeString(dir.resolve("t.csv"), "trade_id,time,symbol,price,qty,buyer_account,"
                + "seller_account\n77," + T0 + ",GPSUSDT,1.0,10,UID-1,UID-8\n");
        Path links = Files.writeString(dir.resolve("l.csv"), "account,owner_id,reason,source,valid_from,valid_to\n"
                + "UID-1,E-1,KYC,onboarding,2025-01-01,\nUID-2,E-1,KYC,onboarding,2025-01-01,\n"
                + "UID-4,E-1,KYC,onboarding,2025-01-01,\nUID-3,E-1,device,fingerprint,2025-03-07T10:00:45Z,\n");
        Path events = Files.writeString(dir.resolve("o.csv"), HEADER + orders);
        var inputs = new AnalysisInputs(List.of(new Source(trades, reader.profile(trades, EvidenceKind.TRADE_EXPORT,
                "t.csv"))), List.of(new Source(links, reader.profile(links, EvidenceKind.ACCOUNT_LINKS, "l.csv"))),
                List.of(new Source(events, reader.profile(events, EvidenceKind.ORDER_EVENTS, "o.csv"))),
                List.of("UID-1"), terms);
        return GeneratedMarket.result(new Analyses(engine).run(Methods.require(method), inputs, Map.of(),
                Progress.NONE));
    }

    @Test
    void spoofingCountsOrdersPlacedExactlyWBeforeAndCancelledExactlyWPrimeAfterAndNoReplaceOrExpiry()
            throws Exception {
        String orders = e(0, "UID-2", 101, "NEW", "SELL", "1.1", "100", "100", "0", "")
                + e(0, "UID-1", 107, "NEW", "SELL", "1.2", "999", "999", "0", "")
                + e(0, "UID-1", 107, "CANCEL", "SELL", "", "999", "0", "0", "")
                + e(10_000, "UID-1", 103, "NEW", "SELL", "1.1", "49", "49", "0", "")
                + e(20_000, "UID-1", 104, "NEW", "SELL", "1.1", "60", "60", "0", "")
                + e(25_000, "UID-1", 105, "NEW", "SELL", "1.1", "200", "200", "0", "")
                + e(29_000, "UID-1", 106, "NEW", "SELL", "1.1", "100", "100", "0", "")
                + e(30_000, "UID-1", 201, "NEW", "BUY", "1.0", "20", "20", "0", "")
                + e(30_000, "UID-1", 201, "PARTIAL_FILL", "BUY", "", "20", "10", "10", "77")
                + e(31_000, "UID-1", 103, "CANCEL", "SELL", "", "49", "0", "0", "")
                + e(31_000, "UID-1", 104, "REPLACE", "SELL", "1.15", "60", "60", "0", "")
                + e(32_000, "UID-1", 105, "REPLACE", "SELL", "1.3", "200", "200", "0", "")
                + e(33_000, "UID-1", 105, "EXPIRE", "SELL", "", "200", "0", "0", "")
                + e(34_000, "UID-2", 101, "CANCEL", "SELL", "", "100", "0", "0", "")
                + e(35_000, "UID-1", 104, "CANCEL", "SELL", "", "60", "0", "0", "")
                + e(35_001, "UID-1", 106, "CANCEL", "SELL", "", "100", "0", "0", "")
                + e(40_000, "UID-8", 301, "REJECT", "BUY", "1.0", "5", "0", "0", "");
        JsonNode s2 = run("S2", orders, null);
        assertThat(s2.get("episodes").toString()).isEqualTo("[{\"account\":\"UID-1\",\"fillTradeId\":\"77\","
                + "\"from\":\"2025-03-07T10:00:00Z\",\"spoofOrderIds\":[\"101\",\"104\"],\"to\":\"2025-03-07T10:00:35Z\"}]");
        assertThat(s2.get("orderIds").toString()).isEqualTo("[\"101\",\"104\"]");
        assertThat(s2.at("/sensitivity/0/orders").asInt()).as("k = 3 takes the order of 49 too").isEqualTo(3);
        assertThat(s2.at("/sensitivity/2/orders").asInt()).as("k = 10 only the order of 100").isEqualTo(1);
        assertThat(s2.at("/pictures/0/orders/1/price").asText()).as("the price at the fill, not as replaced after")
                .isEqualTo("1.10");
        assertThat(s2.at("/pictures/0/fill/qty").asText()).as("what the partial fill took").isEqualTo("10");

        JsonNode s1 = run("S1", orders, null);
        assertThat(s1.at("/marketMaker/orders").asLong()).as("NEW, REPLACE and CANCEL of the market maker's owner")
                .isEqualTo(14);
        assertThat(s1.at("/others/orders").asLong()).as("a REJECT of an order that never rested").isEqualTo(1);
        assertThat(s1.at("/marketMaker/transactions").asLong()).isEqualTo(1);
    }

    @Test
    void kpiBreachesAreTheExactIntervalsAndFollowEachOrderFromItsPlacement() throws Exception {
        KpiTerms terms = KpiTerms.read(new ByteArrayInputStream("""
                symbol: GPSUSDT
                accounts: [UID-1]
                max_spread_bps: 100
                depth_band_pct: 1
                min_depth_quote: 10
                min_presence_pct: 50
                period: {from: 2025-03-07T10:00:00Z, to: 2025-03-07T10:05:00Z}
                """.getBytes(StandardCharsets.UTF_8)));
        String orders = e(0, "UID-1", 301, "NEW", "BUY", "0.99", "100", "100", "0", "")
                + e(0, "UID-1", 302, "NEW", "SELL", "1.01", "100", "100", "0", "")
                + e(10_000, "UID-1", 302, "REPLACE", "SELL", "1.005", "100", "100", "0", "")
                + e(10_000, "UID-1", 301, "REPLACE", "BUY", "0.995", "100", "100", "0", "")
                + e(20_000, "UID-1", 301, "PARTIAL_CANCEL", "BUY", "", "100", "5", "0", "")
                + e(30_000, "UID-1", 301, "CANCEL", "BUY", "", "100", "0", "0", "")
                // UID-3 is linked to the market maker's owner only from 45 s: its order is not the market maker's
                + e(40_000, "UID-3", 303, "NEW", "BUY", "1.0", "100", "100", "0", "")
                + e(50_000, "UID-3", 303, "CANCEL", "BUY", "", "100", "0", "0", "")
                + e(60_000, "UID-4", 304, "NEW", "BUY", "1.0", "20", "20", "0", "")
                // an ask placed and cancelled in the same millisecond lasts no time
                + e(60_000, "UID-4", 305, "NEW", "SELL", "1.2", "1", "1", "0", "")
                + e(60_000, "UID-4", 305, "CANCEL", "SELL", "", "1", "0", "0", "")
                + e(60_000, "UID-9", 306, "NEW", "BUY", "0.5", "0", "0", "0", "")
                + e(70_000, "UID-4", 304, "EXPIRE", "BUY", "", "20", "0", "0", "")
                + e(80_000, "UID-1", 307, "NEW", "BUY", "1.0", "50", "50", "0", "")
                + e(85_000, "UID-1", 308, "REJECT", "BUY", "1.0", "5", "0", "0", "")
                + e(100_000, "UID-9", 309, "NEW", "BUY", "0.5", "1", "1", "0", "");
        JsonNode k1 = run("K1", orders, terms);
        assertThat(k1.get("breaches").toString()).isEqualTo("[{\"from\":\"2025-03-07T10:00:00Z\",\"term\":\"SPREAD\","
                + "\"to\":\"2025-03-07T10:00:10Z\"},{\"from\":\"2025-03-07T10:00:20Z\",\"term\":\"DEPTH\","
                + "\"to\":\"2025-03-07T10:00:30Z\"},{\"from\":\"2025-03-07T10:00:30Z\",\"term\":\"PRESENCE\","
                + "\"to\":\"2025-03-07T10:01:00Z\"},{\"from\":\"2025-03-07T10:01:10Z\",\"term\":\"PRESENCE\","
                + "\"to\":\"2025-03-07T10:01:20Z\"}]");
        assertThat(k1.at("/assessed/to").asText()).as("as far as the events go").isEqualTo("2025-03-07T10:01:40Z");
        JsonNode day = k1.at("/daily/0");
        assertThat(day.get("presence").asText()).isEqualTo("0.600000");
        assertThat(day.get("spread").asText()).as("50 s of 60 s with both sides").isEqualTo("0.833333");
        assertThat(day.get("depth").asText()).isEqualTo("0.833333");
        assertThat(day.get("presenceHeld").asBoolean()).isTrue();

        JsonNode s1 = run("S1", orders, null);
        assertThat(s1.at("/others/fillRateBySize/0/size").asText()).isEqualTo("<1");
        assertThat(s1.at("/others/fillRateBySize/0/fillRate").isNull()).as("an order of nothing has no fill rate")
                .isTrue();
    }

    @Test
    void ordersOfAnotherMarketOnlyAreRefusedRatherThanAnsweredWithZeros() throws IOException {
        String orders = "1," + T0 + ",SHELLUSDT,UID-1,1,NEW,BUY,1.0,5,5,0,\n";
        for (String method : List.of("S1", "S2")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(method, orders, null))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("hold no events for GPSUSDT");
        }
    }
}
