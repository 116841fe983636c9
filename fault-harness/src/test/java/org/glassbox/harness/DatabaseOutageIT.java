package org.glassbox.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.glassbox.simulator.ExchangeAccountSimulator;
import org.junit.jupiter.api.Test;

/**
 * The database goes away mid-load (its connections cut and refused, or with harness.pg-restart-command the
 * whole server restarted): meanwhile every request is answered 503 problem+json, never a 500; afterwards
 * the node recovers on its own, event processors included, and nothing acknowledged is missing.
 */
class DatabaseOutageIT {
    static final Duration OUTAGE = Duration.parse(System.getProperty("harness.outage", "PT8S"));
    static final String RESTART = System.getProperty("harness.pg-restart-command", "");

    @Test
    void requestsDuringAnOutageGet503AndTheNodeRecoversOnItsOwn() throws Exception {
        Path home = GlassboxNode.home("outage");
        Ledger ledger = new Ledger();
        try (HarnessDatabase db = HarnessDatabase.create("outage");
                ExchangeAccountSimulator exchange = ExchangeAccountSimulator.start(0);
                GlassboxNode node = new GlassboxNode("outage-node", db, home.resolve("evidence"), home.resolve("keys"),
                        exchange.uri())) {
            node.start();
            node.awaitReady(Duration.ofMinutes(3));
            Api api = new Api(node::uri);
            Instant restored;
            Duration recovery;
            String how;
            try (Load load = Load.start(List.of(api), ledger, KillUnderLoadIT.THREADS, Duration.ofMinutes(3))) {
                Thread.sleep(5_000);
                long before503 = ledger.count(503);
                if (RESTART.isBlank()) {
                    how = "connections cut and refused for " + OUTAGE.toSeconds() + " s";
                    db.cutConnections();
                    Thread.sleep(OUTAGE.toMillis());
                    db.allowConnections();
                } else {
                    how = "PostgreSQL restarted (" + RESTART + ")";
                    Process restart = new ProcessBuilder("sh", "-c", RESTART).inheritIO().start();
                    assertThat(restart.waitFor()).as(RESTART).isZero();
                }
                restored = Instant.now();
                recovery = awaitRecovery(api, Duration.ofMinutes(2));
                assertThat(ledger.unexpectedServerErrors()).as("5xx other than 503 problem+json").isEmpty();
                assertThat(ledger.count(503) - before503).as("requests during the outage were answered 503 ("
                        + ledger.statusSummary() + ")").isPositive();
                Thread.sleep(5_000);
            }
            assertThat(ledger.unexpectedServerErrors()).as("5xx other than 503 problem+json").isEmpty();
            Findings findings = new Findings(db);
            List<Ledger.Acknowledged> lost = findings.lost(ledger);
            assertThat(lost).as("acknowledged commands missing from the event store").isEmpty();
            findings.assertCaseReferencesUniqueAndGapFree();
            findings.assertNoticeReferencesUniqueAndGapFree();
            long[] freezes = findings.assertEachApprovedFreezeExecutedOnce(exchange, Duration.ofMinutes(2));
            Findings.assertChainIntactAndProjectionsEqual(api);
            findings.assertEvidenceStoreAccountedFor(home.resolve("evidence"), api);
            assertThat(node.logText()).doesNotContain("Whitelabel");

            Figures.report("PostgreSQL outage", String.format(
                    "%s under %d client threads: %d answered 503 problem+json, %d other 5xx; recovered on its own"
                            + " %.1f s after the database was back (a new case accepted and shown by the read side);"
                            + " %d acknowledged, %d lost; %d approved freezes each executed once; chain intact,"
                            + " projections equal (%s)",
                    how, KillUnderLoadIT.THREADS, ledger.count(503), ledger.unexpectedServerErrors().size(),
                    recovery.toMillis() / 1000.0, ledger.acknowledged.size(), lost.size(), freezes[0],
                    ledger.statusSummary()));
            assertThat(restored).isNotNull();
        }
    }

    /** Until a new case is accepted and its page shows it: the command side and the processors are back. */
    private static Duration awaitRecovery(Api api, Duration within) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        while (Instant.now().isBefore(deadline)) {
            Api.Reply flagged = api.post("investigator", "/api/v1/cases", """
                    {"marketMaker":{"id":"mm-recovery","name":"Recovery Probe"},"accounts":["UID-9999"],
                     "symbols":["GPSUSDT"],"behaviours":["SPOOFING"],"summary":"Probe after the outage",
                     "severity":"LOW","source":{"kind":"MANUAL"}}""");
            if (flagged.status() == 201) {
                String id = flagged.json().get("id").asText();
                while (Instant.now().isBefore(deadline)) {
                    if (api.get("auditor", "/api/v1/cases/" + id).status() == 200) {
                        return Duration.between(start, Instant.now());
                    }
                    Thread.sleep(100);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The node did not recover within " + within);
    }
}
