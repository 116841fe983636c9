package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.glassbox.api.shared.InvalidField;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void defaultsAreFilledInAndValuesMadeCanonical() {
        assertThat(Methods.resolve(Methods.require("W3"), Map.of("tolerance", "0.0200")))
                .containsEntry("tolerance", "0.02").containsEntry("window", "PT1H");
        assertThat(Methods.resolve(Methods.require("W2"), Map.of("window", "PT5S"))).containsEntry("window", "PT5S");
        assertThat(Methods.resolve(Methods.require("D1"), Map.of())).doesNotContainKey("from").containsEntry("bucket", "PT1M");
    }

    @Test
    void unknownMethodsAndBadParametersAreRefusedNamingTheField() {
        assertRefused(() -> Methods.require("W9"), "method", "is not a method; the methods are W1, W2, W3, W4, W5, D1");
        assertRefused(() -> Methods.resolve(Methods.require("W2"), Map.of("window", "1s")), "parameters.window",
                "ISO-8601 duration");
        assertRefused(() -> Methods.resolve(Methods.require("W2"), Map.of("window", "PT2H")), "parameters.window",
                "at most PT1H");
        assertRefused(() -> Methods.resolve(Methods.require("W3"), Map.of("tolerance", "0.5")), "parameters.tolerance",
                "at most 0.1");
        assertRefused(() -> Methods.resolve(Methods.require("W3"), Map.of("tolerance", "-0.01")), "parameters.tolerance",
                "plain decimal");
        assertRefused(() -> Methods.resolve(Methods.require("W5"), Map.of("minSample", "10")), "parameters.minSample",
                "at least 100");
        assertRefused(() -> Methods.resolve(Methods.require("W1"), Map.of("window", "PT1S")), "parameters.window",
                "is not a parameter of W1");
        assertRefused(() -> Methods.resolve(Methods.require("D1"), Map.of("from", "2025-03-08T00:00:00Z",
                "to", "2025-03-07T00:00:00Z")), "parameters.to", "after parameters.from");
        assertRefused(() -> Methods.resolve(Methods.require("D1"), Map.of("symbol", "gps")), "parameters.symbol", "symbol");
        assertRefused(() -> Methods.resolve(Methods.require("W2"), Map.of("window", "P1000000000D")), "parameters.window",
                "at most ten years");
        assertRefused(() -> Methods.resolve(Methods.require("D1"), Map.of("from", "+1000000-01-01T00:00:00Z")),
                "parameters.from", "between 1970 and 9999");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidField.class).hasMessageContaining(message)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo(field);
    }
}
