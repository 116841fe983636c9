package org.glassbox.ui.infrastructure;

import org.glassbox.api.shared.ExchangeFormats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Sets the exchange's account-id and symbol formats (glassbox.exchange.*) before anything is built
 * from input; a pattern that does not compile stops the start with its reason.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeFormatsConfiguration {
    ExchangeFormatsConfiguration(
            @Value("${glassbox.exchange.account-pattern:" + ExchangeFormats.DEFAULT_ACCOUNT + "}") String accounts,
            @Value("${glassbox.exchange.account-example:" + ExchangeFormats.DEFAULT_ACCOUNT_EXAMPLE + "}")
            String accountExample,
            @Value("${glassbox.exchange.symbol-pattern:" + ExchangeFormats.DEFAULT_SYMBOL + "}") String symbols,
            @Value("${glassbox.exchange.symbol-example:" + ExchangeFormats.DEFAULT_SYMBOL_EXAMPLE + "}")
            String symbolExample) {
        ExchangeFormats.configure(accounts, accountExample, symbols, symbolExample);
    }
}
