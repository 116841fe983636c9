package org.glassbox.ui.freeze;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.command.freeze.AccountControl;
import org.glassbox.command.freeze.FreezeDeadlines;
import org.glassbox.command.freeze.FreezeRetryPolicy;
import org.glassbox.command.freeze.HttpAccountControl;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The exchange's account system: the REST endpoint {@code glassbox.freeze.account-system.url} names,
 * or under the demo profile (when no URL is set) a simulated one started on loopback. Without either,
 * freezes are recorded but every call to the account system fails, saying why.
 */
@Configuration(proxyBeanMethods = false)
class AccountSystemConfiguration {
    private static final Logger log = LoggerFactory.getLogger(AccountSystemConfiguration.class);

    @Bean(destroyMethod = "close")
    @Profile("demo")
    ExchangeAccountSimulator demoAccountSystem(@Value("${glassbox.freeze.account-system.url:}") String url)
            throws IOException {
        if (!url.isBlank()) {
            return null;
        }
        ExchangeAccountSimulator simulator = ExchangeAccountSimulator.start(0);
        log.info("Demo: a simulated exchange account system answers at {}", simulator.uri());
        return simulator;
    }

    /** Failed freezes are tried again after 30 s, 60 s, 120 s ... and escalated after the last attempt. */
    @Bean
    FreezeRetryPolicy freezeRetryPolicy(@Value("${glassbox.freeze.retry-first:PT30S}") Duration first,
            @Value("${glassbox.freeze.max-attempts:5}") int maxAttempts) {
        return new FreezeRetryPolicy(first, maxAttempts);
    }

    /** Supervisors are alerted when an urgent request waits an hour for a decision, a routine one a day. */
    @Bean
    FreezeDeadlines freezeDeadlines(@Value("${glassbox.freeze.decision-due.routine:PT24H}") Duration routine,
            @Value("${glassbox.freeze.decision-due.urgent:PT1H}") Duration urgent) {
        return new FreezeDeadlines(routine, urgent);
    }

    @Bean
    AccountControl accountControl(@Value("${glassbox.freeze.account-system.url:}") String url,
            @Value("${glassbox.freeze.account-system.timeout:PT5S}") Duration timeout,
            @Value("${glassbox.freeze.account-system.attempts:3}") int attempts,
            @Value("${glassbox.freeze.account-system.circuit-open-for:PT30S}") Duration circuitOpenFor,
            ObjectProvider<ExchangeAccountSimulator> simulator) {
        if (!url.isBlank()) {
            return new HttpAccountControl(URI.create(url), timeout, attempts, Duration.ofMillis(200), circuitOpenFor);
        }
        ExchangeAccountSimulator demo = simulator.getIfAvailable();
        if (demo != null) {
            return new HttpAccountControl(demo.uri(), timeout, attempts, Duration.ofMillis(200), circuitOpenFor);
        }
        return new AccountControl() {
            @Override
            public String hold(String key, List<String> accounts, FreezeScope scope) throws AccountControlFailure {
                throw unconfigured();
            }

            @Override
            public String release(String key, List<String> accounts) throws AccountControlFailure {
                throw unconfigured();
            }

            private AccountControlFailure unconfigured() {
                return new AccountControlFailure("No account system is configured (glassbox.freeze.account-system.url)",
                        false, null);
            }
        };
    }
}
