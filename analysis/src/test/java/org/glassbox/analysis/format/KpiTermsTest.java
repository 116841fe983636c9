package org.glassbox.analysis.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.glassbox.api.shared.InvalidField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** KPI terms as a compliance officer writes them: read strictly, each problem named with its field. */
class KpiTermsTest {
    static final String GOOD = """
            # From the GPS market-making agreement, schedule 2
            symbol: GPSUSDT
            accounts: [UID-100234, UID-100235]
            max_spread_bps: 80
            depth_band_pct: 2
            min_depth_quote: 5000.50
            min_presence_pct: 90
            period:
              from: 2025-03-07
              to: 2025-04-01T00:00:00Z
            """;

    private static KpiTerms read(String text) throws IOException {
        return KpiTerms.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAgreementsTermsAreReadExactly() throws IOException {
        KpiTerms terms = read(GOOD);
        assertThat(terms.symbol()).isEqualTo("GPSUSDT");
        assertThat(terms.accounts()).containsExactly("UID-100234", "UID-100235");
        assertThat(terms.maxSpreadBps()).isEqualByComparingTo("80");
        assertThat(terms.depthBandPct()).isEqualByComparingTo("2");
        assertThat(terms.minDepthQuote()).isEqualByComparingTo("5000.50");
        assertThat(terms.minPresencePct()).isEqualByComparingTo("90");
        assertThat(terms.from()).isEqualTo(Instant.parse("2025-03-07T00:00:00Z"));
        assertThat(terms.to()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    }

    @Test
    void jsonIsReadToo() throws IOException {
        KpiTerms terms = read("""
                {"symbol": "GPSUSDT", "accounts": ["UID-1"], "max_spread_bps": 80, "depth_band_pct": 2.5,
                 "min_depth_quote": 5000, "min_presence_pct": 95, "period": {"from": "2025-03-07", "to": "2025-03-08"}}""");
        assertThat(terms.depthBandPct()).isEqualByComparingTo("2.5");
        assertThat(terms.accounts()).containsExactly("UID-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            max_spread_bps: 80                   | max_spread_bps: -5           | max_spread_bps: must be greater than 0 and written as a plain decimal; '-5' is negative
            max_spread_bps: 80                   | max_spread_bps: 1e999999999  | max_spread_bps: must be greater than 0 and written as a plain decimal; '1e999999999' is not a plain decimal number
            max_spread_bps: 80                   | max_spread_bps: 010          | max_spread_bps: '010' has a leading zero
            accounts: [UID-100234, UID-100235]   | accounts: [100234]           | write an all-digit id in quotes
            max_spread_bps: 80                   | max_spread_bps: "80"         | max_spread_bps: must be a number (written without quotes)
            max_spread_bps: 80                   | max_spread_bps:              | max_spread_bps: is missing
            max_spread_bps: 80                   | max_spread_bps: eighty       | max_spread_bps: must be a number (written without quotes)
            min_presence_pct: 90                 | min_presence_pct: 120        | min_presence_pct: is a percentage, at most 100, not 120
            min_depth_quote: 5000.50             | min_depth_quote: 0           | min_depth_quote: must be greater than 0
            depth_band_pct: 2                    | depth_band_pct: .nan         | depth_band_pct: must be greater than 0
            symbol: GPSUSDT                      | symbol: gps usdt             | symbol: 'gps usdt' is not a symbol
            symbol: GPSUSDT                      | symbol: 42                   | symbol: must be text
            accounts: [UID-100234, UID-100235]   | accounts: []                 | accounts: must be a list of one or more account ids
            accounts: [UID-100234, UID-100235]   | accounts: [UID-1, UID-1]     | accounts: UID-1 is listed twice
            accounts: [UID-100234, UID-100235]   | accounts: UID-1              | accounts: must be a list of one or more account ids
            accounts: [UID-100234, UID-100235]   | accounts: [UID 1]            | accounts: 'UID 1' is not an account id
            to: 2025-04-01T00:00:00Z             | to: 2025-03-01               | period.to: 2025-03-01T00:00:00Z is not after period.from 2025-03-07T00:00:00Z
            to: 2025-04-01T00:00:00Z             | to: next month               | period.to: 'next month' is not an ISO date
            symbol: GPSUSDT                      | symbol: GPSUSDT\\ncolour: red | has a field it does not know: 'colour'
            """)
    void aBadFieldIsRefusedNamingIt(String good, String bad, String problem) {
        String text = GOOD.replace(good, bad.replace("\\n", "\n"));
        assertThat(text).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidField.class).hasMessageContaining(problem);
    }

    @Test
    void aMissingFieldOrPeriodIsRefused() {
        assertThatThrownBy(() -> read(GOOD.replace("min_depth_quote: 5000.50\n", "")))
                .isInstanceOf(InvalidField.class).hasMessageContaining("min_depth_quote: is missing");
        assertThatThrownBy(() -> read(GOOD.substring(0, GOOD.indexOf("period:"))))
                .isInstanceOf(InvalidField.class).hasMessageContaining("period: is missing");
    }

    @Test
    void aDuplicateKeyOrSomethingThatIsNotYamlIsRefused() {
        assertThatThrownBy(() -> read(GOOD + "symbol: SHELLUSDT\n")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("symbol: is given twice");
        assertThatThrownBy(() -> read("[1, 2")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("is not readable YAML or JSON");
        assertThatThrownBy(() -> read("- a list\n- not terms\n")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("must be a mapping");
        assertThatThrownBy(() -> KpiTerms.read(new ByteArrayInputStream(new byte[] {'a', ':', ' ', (byte) 0xff})))
                .isInstanceOf(InvalidField.class).hasMessageContaining("is not UTF-8 text");
    }
}
