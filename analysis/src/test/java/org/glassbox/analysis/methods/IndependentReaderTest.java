package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glassbox.analysis.GeneratedMarket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The simple counts checked against a reader that shares nothing with the engine: the file read line by
 * line with String.split, the links applied by hand.
 */
class IndependentReaderTest {

    @Test
    void rowsSelfTradesAndSoldQuantityMatchAPlainReading(@TempDir Path dir) throws Exception {
        GeneratedMarket market = GeneratedMarket.of(dir, 5, 15_000);
        Map<String, String[]> links = new HashMap<>();
        for (String line : Files.readAllLines(market.files().accountLinks()).subList(1, 8)) {
            String[] f = line.split(",", -1);
            links.put(f[0], f);
        }
        long rows = 0;
        long selfCount = 0;
        BigDecimal selfVolume = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        long first = Long.MAX_VALUE;
        List<String[]> all = new java.util.ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(market.files().trades())) {
            String[] header = in.readLine().split(",");
            assertThat(header[0]).isEqualTo("time");
            for (String line; (line = in.readLine()) != null;) {
                String[] f = line.split(",", -1);
                all.add(f);
                rows++;
                first = Math.min(first, Long.parseLong(f[0]));
            }
        }
        for (String[] f : all) {
            long ms = Long.parseLong(f[0]);
            String buyer = owner(links, f[5], ms);
            String seller = owner(links, f[6], ms);
            if (buyer.equals(seller)) {
                selfCount++;
                selfVolume = selfVolume.add(new BigDecimal(f[4]));
            }
            boolean sellerMm = seller.equals("O:KYC-ENT-77");
            boolean buyerMm = buyer.equals("O:KYC-ENT-77");
            if (ms >= first && ms < first + 86_400_000 && sellerMm && !buyerMm) {
                sold = sold.add(new BigDecimal(f[4]));
            }
        }
        assertThat(market.trades().profile().rows()).isEqualTo(rows);
        JsonNode w1 = GeneratedMarket.result(market.run("W1", Map.of(), false));
        assertThat(w1.get("count").asLong()).isEqualTo(selfCount);
        assertThat(new BigDecimal(w1.get("volume").asText())).isEqualByComparingTo(selfVolume);
        assertThat(w1.get("marketTrades").asLong()).isEqualTo(rows);
        JsonNode d1 = GeneratedMarket.result(market.run("D1", Map.of(), false));
        assertThat(new BigDecimal(d1.get("soldQty").asText())).isEqualByComparingTo(sold);
    }

    /** The owner of an account at a time (ms), from the links as written: ISO dates or instants, end excluded. */
    private static String owner(Map<String, String[]> links, String account, long ms) {
        String[] l = links.get(account);
        if (l == null) {
            return "A:" + account;
        }
        long from = bound(l[4]);
        long to = l[5].isEmpty() ? Long.MAX_VALUE : bound(l[5]);
        return ms >= from && ms < to ? "O:" + l[1] : "A:" + account;
    }

    private static long bound(String v) {
        return (v.length() == 10 ? Instant.parse(v + "T00:00:00Z") : Instant.parse(v)).toEpochMilli();
    }
}
