package org.glassbox.api.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.InvalidField;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.junit.jupiter.api.Test;

/** A FlagCase that exists is well-formed, whichever path built it. */
class FlagCaseTest {

    static FlagCase with(List<String> accounts, List<String> symbols, CaseSource source, String summary) {
        return new FlagCase("c-1", new MarketMaker(" mm-7 ", "Northwind"), accounts, symbols,
                Set.of(Behaviour.SPOOFING), summary, Severity.LOW, source);
    }

    @Test
    void symbolsAreUpperCasedAndInputIsTrimmed() {
        FlagCase c = with(List.of("UID-1001"), List.of(" gpsusdt "), CaseSource.manual(), "  seen  ");
        assertThat(c.symbols()).containsExactly("GPSUSDT");
        assertThat(c.marketMaker().id()).isEqualTo("mm-7");
        assertThat(c.summary()).isEqualTo("seen");
    }

    @Test
    void anAccountNamedTwiceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> with(List.of("UID-1001", "UID-1001"), List.of("XUSDT"), CaseSource.manual(), "s"))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("accounts");
                    assertThat(e.problem()).isEqualTo("names 'UID-1001' twice");
                });
    }

    @Test
    void anAlertSourceNeedsItsAlertId() {
        assertThatThrownBy(() -> with(List.of("UID-1001"), List.of("XUSDT"), new CaseSource(SourceKind.ALERT, " ", null), "s"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("source.alertId"));
    }

    @Test
    void onlyAnAlertSourceMayNameAnAlertId() {
        assertThatThrownBy(() -> with(List.of("UID-1001"), List.of("XUSDT"), new CaseSource(SourceKind.MANUAL, "A-1", null), "s"))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void anOversizedSummaryIsRefused() {
        assertThatThrownBy(() -> with(List.of("UID-1001"), List.of("XUSDT"), CaseSource.manual(), "x".repeat(4001)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("summary"));
    }

    @Test
    void storedEventsDeserialiseWhateverTodaysLimitsAre() {
        // Value types in events carry no checks: an old, long name must still load.
        assertThat(new MarketMaker("", "x".repeat(5000)).name()).hasSize(5000);
    }
}
