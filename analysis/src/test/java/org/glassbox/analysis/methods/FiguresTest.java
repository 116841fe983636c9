package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void figuresReadAsWordsWithEveryDigitKept() {
        Map<String, String> headline = new LinkedHashMap<>();
        headline.put("soldQty", "70000000.00");
        headline.put("proceeds", "4910494.20000000");
        headline.put("sellShare", "0.692714");
        headline.put("profitRank", "1");
        headline.put("from", "2025-03-07T10:00:00Z");
        headline.put("firstDigitConformity", "NONCONFORMITY");
        assertThat(Figures.inWords(headline)).containsExactly(Map.entry("sold", "70,000,000.00"),
                Map.entry("proceeds of the sales", "4,910,494.20"),
                Map.entry("share of all quantity traded", "69.27 %"), Map.entry("rank by profit", "1"),
                Map.entry("from", "2025-03-07 10:00 UTC"), Map.entry("first digits against Benford", "nonconformity"));
        assertThat(Figures.value("volume", "1234567.891")).isEqualTo("1,234,567.891");
        assertThat(Figures.readable("PT5S")).isEqualTo("5 seconds");
        assertThat(Figures.readable("PT1H")).isEqualTo("1 hour");
        assertThat(Figures.readable("PT0.5S")).isEqualTo("500 ms");
    }
}
