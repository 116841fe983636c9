package org.glassbox.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.freeze.ApproveAccountFreeze;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.RequestAccountFreeze;
import org.glassbox.api.freeze.Urgency;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.Limits;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.command.freeze.HttpAccountControl;
import org.glassbox.simulator.ExchangeAccountSimulator;
import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Time from a supervisor's approval to AccountFreezeExecuted (both as recorded in the event store),
 * one freeze at a time against the simulated account system over HTTP, beside the ceiling: the bare
 * HTTP freeze call to the same simulator. Runs only with {@code ./mvnw -Pbench verify}; appends to
 * ui/target/bench-report.txt.
 */
class FreezeBenchmark extends IntegrationTest {
    private static final int FREEZES = Integer.getInteger("bench.freezes", 200);

    @Autowired
    ExchangeAccountSimulator exchange;

    @Test
    void measureApprovalToExecutionLatency() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < FREEZES; i++) {
            accounts.add("UID-" + (10_000_000L + (long) (Math.random() * 80_000_000L)) + i);
        }
        List<String> caseOf = new ArrayList<>();
        for (int from = 0; from < FREEZES; from += Limits.MAX_ACCOUNTS) {
            List<String> slice = accounts.subList(from, Math.min(FREEZES, from + Limits.MAX_ACCOUNTS));
            FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                    new MarketMaker(unique("bench"), "Freeze Bench"), slice, List.of("BNCUSDT"),
                    Set.of(Behaviour.POST_LISTING_DUMP), "freeze benchmark", Severity.LOW, CaseSource.manual()));
            as("supervisor", new AssignCase(c.caseId(), "investigator"));
            as("investigator", new StartInvestigation(c.caseId()));
            slice.forEach(a -> caseOf.add(c.caseId()));
        }
        Instant review = Instant.now().plus(30, ChronoUnit.DAYS);
        List<String> freezes = new ArrayList<>();
        for (int i = 0; i < FREEZES; i++) {
            String id = UUID.randomUUID().toString();
            as("investigator", new RequestAccountFreeze(id, caseOf.get(i), List.of(accounts.get(i)), FreezeScope.FULL,
                    List.of(), "bench", Urgency.ROUTINE, review));
            freezes.add(id);
        }

        // Warm up on the first tenth, then measure one approval at a time (no queueing behind others).
        int warmUp = Math.max(1, FREEZES / 10);
        long[] micros = new long[FREEZES - warmUp];
        for (int i = 0; i < FREEZES; i++) {
            String id = freezes.get(i);
            as("supervisor", new ApproveAccountFreeze(id, null));
            await("freeze " + i + " executed", () -> exchange.applied(id) == 1 && executedAt(id) != null);
            if (i >= warmUp) {
                micros[i - warmUp] = ChronoUnit.MICROS.between(eventTime(id, "AccountFreezeApproved"), executedAt(id));
            }
        }
        Arrays.sort(micros);

        HttpAccountControl bare = new HttpAccountControl(exchange.uri(), Duration.ofSeconds(5), 1, Duration.ofMillis(1));
        long[] ceiling = new long[micros.length];
        for (int i = 0; i < ceiling.length + warmUp; i++) {
            long start = System.nanoTime();
            bare.hold("bench-" + UUID.randomUUID(), List.of(accounts.get(i % FREEZES)), FreezeScope.FULL);
            if (i >= warmUp) {
                ceiling[i - warmUp] = (System.nanoTime() - start) / 1000;
            }
        }
        Arrays.sort(ceiling);

        List<String> report = new ArrayList<>();
        report.add("");
        report.add("6. Freeze: approval recorded -> AccountFreezeExecuted recorded (event-store timestamps), %d freezes"
                .formatted(micros.length));
        report.add("   one at a time, simulated account system over HTTP on loopback");
        report.add("   approval -> executed: p50 %.1f ms   p99 %.1f ms   max %.1f ms".formatted(ms(micros, 0.5),
                ms(micros, 0.99), micros[micros.length - 1] / 1000.0));
        report.add("   ceiling (the bare HTTP freeze call to the same simulator): p50 %.1f ms   p99 %.1f ms"
                .formatted(ms(ceiling, 0.5), ms(ceiling, 0.99)));
        report.add("   (between the two: the saga processor picking the event up, a hold on the account aggregate,");
        report.add("    recording the confirmation; all in PostgreSQL)");
        System.out.println(String.join("\n", report));
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", report) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }

    private Instant executedAt(String freezeId) {
        return eventTime(freezeId, "AccountFreezeExecuted");
    }

    private Instant eventTime(String freezeId, String type) {
        List<String> at = jdbc.queryForList("""
                SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                String.class, freezeId, "org.glassbox.api.freeze." + type);
        return at.isEmpty() ? null : Instant.parse(at.get(0));
    }
}
