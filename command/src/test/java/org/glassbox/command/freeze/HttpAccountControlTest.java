package org.glassbox.command.freeze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.command.freeze.AccountControl.AccountControlFailure;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** The HTTP adapter against the simulated exchange account service, over real HTTP on loopback. */
class HttpAccountControlTest {
    ExchangeAccountSimulator exchange;
    HttpAccountControl control;

    @BeforeEach
    void start() throws Exception {
        exchange = ExchangeAccountSimulator.start(0);
        control = new HttpAccountControl(exchange.uri(), Duration.ofMillis(500), 3, Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        exchange.close();
    }

    @Test
    void aHoldIsConfirmedAndTheAccountsAreFrozen() throws Exception {
        String confirmation = control.hold("f-1", List.of("UID-100234", "UID-100235"), FreezeScope.FULL);
        assertThat(confirmation).startsWith("ACS-");
        assertThat(exchange.frozenScope("UID-100234")).isEqualTo("FULL");
        assertThat(control.release("f-1/lift", List.of("UID-100234"))).startsWith("ACS-");
        assertThat(exchange.frozenScope("UID-100234")).isNull();
    }

    @Test
    void repeatingACallChangesTheAccountsOnceAndAnswersTheSameConfirmation() throws Exception {
        String first = control.hold("f-2", List.of("UID-100234"), FreezeScope.TRADING);
        String again = control.hold("f-2", List.of("UID-100234"), FreezeScope.TRADING);
        assertThat(again).isEqualTo(first);
        assertThat(exchange.applied("f-2")).isEqualTo(1);
        assertThat(exchange.received("f-2")).isEqualTo(2);
    }

    @Test
    void theServiceFailingTwiceThenSucceedingIsRetriedToSuccess() throws Exception {
        exchange.failNext(2, 503);
        String confirmation = control.hold("f-3", List.of("UID-100234"), FreezeScope.WITHDRAWAL);
        assertThat(confirmation).startsWith("ACS-");
        assertThat(exchange.received("f-3")).isEqualTo(3);
        assertThat(exchange.applied("f-3")).isEqualTo(1);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsARetryableFailure() {
        exchange.delay(Duration.ofSeconds(2));
        assertThatThrownBy(() -> control.hold("f-4", List.of("UID-100234"), FreezeScope.FULL))
                .isInstanceOfSatisfying(AccountControlFailure.class, f -> {
                    assertThat(f.retryable()).isTrue();
                    assertThat(f.getMessage()).contains("did not answer within");
                });
    }

    @Test
    void aRefusalIsNotRetried() {
        exchange.failNext(1, 422);
        assertThatThrownBy(() -> control.hold("f-5", List.of("UID-100234"), FreezeScope.FULL))
                .isInstanceOfSatisfying(AccountControlFailure.class, f -> assertThat(f.retryable()).isFalse());
        assertThat(exchange.received("f-5")).isEqualTo(1);
    }

    @Test
    void aServiceThatKeepsFailingOpensTheCircuit() {
        exchange.failNext(100, 503);
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertThatThrownBy(() -> control.hold("f-6-" + n, List.of("UID-100234"), FreezeScope.FULL))
                    .isInstanceOf(AccountControlFailure.class);
        }
        assertThat(control.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        int before = exchange.received("f-6-x");
        assertThatThrownBy(() -> control.hold("f-6-x", List.of("UID-100234"), FreezeScope.FULL))
                .hasMessageContaining("circuit open");
        assertThat(exchange.received("f-6-x")).as("an open circuit sends nothing").isEqualTo(before);
    }
}
