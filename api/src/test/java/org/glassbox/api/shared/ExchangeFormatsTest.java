package org.glassbox.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExchangeFormatsTest {

    @AfterEach
    void restoreDefaults() {
        ExchangeFormats.configure(ExchangeFormats.DEFAULT_ACCOUNT, ExchangeFormats.DEFAULT_ACCOUNT_EXAMPLE,
                ExchangeFormats.DEFAULT_SYMBOL, ExchangeFormats.DEFAULT_SYMBOL_EXAMPLE);
    }

    @Test
    void injectionsAndMarkupAreNeitherAccountsNorSymbols() {
        for (String bad : List.of("<script>", "UID-1' OR '1'='1", "UID-12", "uid-100234", "UID-100234 ")) {
            assertThatThrownBy(() -> ExchangeFormats.account("accounts", bad)).as(bad).isInstanceOf(InvalidField.class);
        }
        for (String bad : List.of("<SCRIPT>", "GPS USDT", "X", "GPS;DROP")) {
            assertThatThrownBy(() -> ExchangeFormats.symbol("symbols", bad)).as(bad).isInstanceOf(InvalidField.class);
        }
        assertThat(ExchangeFormats.account("accounts", "UID-100234")).isEqualTo("UID-100234");
        assertThat(ExchangeFormats.symbols("symbols", List.of(" gpsusdt ", "BTC/USDT"))).containsExactly("GPSUSDT",
                "BTC/USDT");
    }

    @Test
    void theExchangeSetsItsOwnFormatsAndCommandsFollowThem() {
        ExchangeFormats.configure("ACC[0-9]{6}", "ACC000123", "[A-Z]{3,5}-[A-Z]{3,5}", "GPS-USDT");
        assertThat(ExchangeFormats.account("accounts", "ACC123456")).isEqualTo("ACC123456");
        assertThatThrownBy(() -> ExchangeFormats.account("accounts", "UID-100234"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.problem())
                        .isEqualTo("'UID-100234' is not an account id of this exchange (one looks like ACC000123)"));
        assertThat(ExchangeFormats.symbol("symbols", "GPS-USDT")).isEqualTo("GPS-USDT");
        assertThatThrownBy(() -> ExchangeFormats.symbol("symbols", "GPSUSDT")).isInstanceOf(InvalidField.class);
    }

    @Test
    void aPatternThatDoesNotCompileIsRefused() {
        assertThatThrownBy(() -> ExchangeFormats.configure("UID-[", "UID-1", ExchangeFormats.DEFAULT_SYMBOL, "GPSUSDT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glassbox.exchange");
        assertThatThrownBy(() -> ExchangeFormats.configure("ACC[0-9]{6}", "UID-100234", ExchangeFormats.DEFAULT_SYMBOL,
                "GPSUSDT")).as("an example its pattern refuses").isInstanceOf(IllegalArgumentException.class);
    }
}
