package org.glassbox.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.glassbox.simulator.ExchangeAccountSimulator;
import org.junit.jupiter.api.Test;

/**
 * kill -9 under load: client threads work cases while the node is killed at a random moment every few
 * seconds and started again. Afterwards nothing it acknowledged is missing, references have no gap, the
 * chain verifies, every read model equals its rebuild, every approved freeze reached the account system
 * exactly once, and every byte in the evidence store is a whole, recorded blob or reported by the sweep.
 */
class KillUnderLoadIT {
    static final int ROUNDS = Integer.getInteger("harness.kill-rounds", 3);
    static final int THREADS = Integer.getInteger("harness.threads", 8);

    @Test
    void nothingAcknowledgedIsLostAndNothingRunsTwiceWhenTheNodeIsKilledUnderLoad() throws Exception {
        Path home = GlassboxNode.home("kill");
        Ledger ledger = new Ledger();
        List<Duration> restarts = new ArrayList<>();
        try (HarnessDatabase db = HarnessDatabase.create("kill");
                ExchangeAccountSimulator exchange = ExchangeAccountSimulator.start(0);
                GlassboxNode node = new GlassboxNode("kill-node", db, home.resolve("evidence"), home.resolve("keys"),
                        exchange.uri())) {
            node.start();
            node.awaitReady(Duration.ofMinutes(3));
            Api api = new Api(node::uri);
            Instant began = Instant.now();
            try (Load load = Load.start(List.of(api), ledger, THREADS, Duration.ofMinutes(2))) {
                for (int round = 1; round <= ROUNDS; round++) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(2_000, 6_000));
                    node.kill();
                    node.start();
                    restarts.add(node.awaitReady(Duration.ofMinutes(2)));
                }
                Thread.sleep(3_000);
            }
            Duration loadFor = Duration.between(began, Instant.now());

            Findings findings = new Findings(db);
            List<Ledger.Acknowledged> lost = findings.lost(ledger);
            assertThat(lost).as("acknowledged commands missing from the event store").isEmpty();
            assertThat(ledger.unexpectedServerErrors()).as("5xx other than 503 problem+json").isEmpty();
            int cases = findings.assertCaseReferencesUniqueAndGapFree();
            int notices = findings.assertNoticeReferencesUniqueAndGapFree();
            long[] freezes = findings.assertEachApprovedFreezeExecutedOnce(exchange, Duration.ofMinutes(2));
            Findings.assertChainIntactAndProjectionsEqual(api);
            int[] blobs = findings.assertEvidenceStoreAccountedFor(home.resolve("evidence"), api);
            findings.assertAppRoleCannotRewriteTheRecord();
            assertThat(ledger.acknowledged).as("the load did real work").hasSizeGreaterThan(ROUNDS * 10);

            Figures.report("kill -9 under load", String.format(
                    "%d rounds, %d client threads, %d s; %d commands answered (%s), %d acknowledged, %d lost; "
                            + "%d cases worked to a published notice; %d case references and %d notice references"
                            + " unique and gap-free; %d approved freezes each executed once (%d sends to the account"
                            + " system, %d duplicate executions); chain intact, projections equal; %d blobs whole, %d"
                            + " unreferenced objects reported by the sweep; restart to ready %s s (mean)",
                    ROUNDS, THREADS, loadFor.toSeconds(), ledger.answered(), ledger.statusSummary(),
                    ledger.acknowledged.size(), lost.size(), ledger.workflowsCompleted.get(), cases, notices,
                    freezes[0], freezes[1], 0, blobs[0], blobs[1],
                    String.format("%.1f", restarts.stream().mapToLong(Duration::toMillis).average().orElse(0) / 1000)));
        }
    }
}
