package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.shared.RuleViolation;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** References are unique and gap-free per year even when many people flag at once. */
class ConcurrentFlaggingIT extends IntegrationTest {

    private FlagCase flag(String marketMaker, CaseSource source) {
        return new FlagCase(UUID.randomUUID().toString(), new MarketMaker(marketMaker, "Race Capital"),
                List.of("UID-1009"), List.of("RACEUSDT"), Set.of(Behaviour.SPOOFING), "burst", Severity.LOW, source);
    }

    @Test
    void fiftyConcurrentFlaggingsGetFiftyDistinctConsecutiveReferences() throws Exception {
        String mm = unique("race");
        int n = 50;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FlaggedCase>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return as("investigator", flag(mm, CaseSource.manual()));
            }));
        }
        start.countDown();
        List<Long> numbers = new ArrayList<>();
        for (Future<FlaggedCase> f : results) {
            String reference = f.get().reference();
            assertThat(reference).matches("GBX-\\d{4}-\\d{6}");
            numbers.add(Long.parseLong(reference.substring(9)));
        }
        pool.shutdown();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(n);
        long min = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(max - min).as("consecutive: no gaps between the first and last").isEqualTo(n - 1);
    }

    @Test
    void aRejectedFlaggingGivesItsNumberBackAndLeavesNoTrace() {
        String alert = unique("SURV");
        String mm = unique("dup");
        FlaggedCase first = as("investigator", flag(mm, CaseSource.alert(alert)));
        long eventsBefore = eventCount();

        assertThatThrownBy(() -> as("investigator", flag(mm, CaseSource.alert(alert))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(first.reference());
        assertThat(eventCount()).isEqualTo(eventsBefore);

        FlaggedCase next = as("investigator", flag(mm, CaseSource.manual()));
        assertThat(Long.parseLong(next.reference().substring(9)))
                .isEqualTo(Long.parseLong(first.reference().substring(9)) + 1);
    }

    @Test
    void twoRacingFlaggingsOfOneAlertOpenOneCase() throws Exception {
        String alert = unique("SURV");
        String mm = unique("twin");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FlaggedCase>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return as("investigator", flag(mm, CaseSource.alert(alert)));
            }));
        }
        start.countDown();
        int won = 0;
        int refused = 0;
        for (Future<FlaggedCase> f : results) {
            try {
                f.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(RuleViolation.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
    }
}
