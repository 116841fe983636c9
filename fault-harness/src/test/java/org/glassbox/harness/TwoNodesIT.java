package org.glassbox.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glassbox.simulator.ExchangeAccountSimulator;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database under the same load, requests alternating between them: no event handled twice
 * (each approved freeze executed and sent once, each overdue deadline fired once, every read model equal
 * to its rebuild), references gap-free across the nodes, and each recurring job run once per period across
 * the cluster, never by both nodes at once.
 */
class TwoNodesIT {
    static final Duration RUN = Duration.parse(System.getProperty("harness.two-nodes-for", "PT40S"));
    static final Map<String, Duration> JOBS = new LinkedHashMap<>(Map.of(
            "chain-checkpoint", Duration.ofSeconds(2), "integrity-verification", Duration.ofSeconds(5),
            "evidence-verification", Duration.ofSeconds(3), "evidence-orphan-sweep", Duration.ofSeconds(4)));

    static final String CASE_VIEW_THREADS = "glassbox.processors.groups.case-views.threads";

    @Test
    void twoNodesShareTheWorkWithoutDoingAnyOfItTwice() throws Exception {
        Path home = GlassboxNode.home("two");
        Ledger ledger = new Ledger();
        try (HarnessDatabase db = HarnessDatabase.create("two");
                ExchangeAccountSimulator exchange = ExchangeAccountSimulator.start(0);
                GlassboxNode first = node("node-a", db, home, exchange);
                GlassboxNode second = node("node-b", db, home, exchange)) {
            first.start();
            first.awaitReady(Duration.ofMinutes(3));
            second.firstStartSeeds = false;
            second.start();
            second.awaitReady(Duration.ofMinutes(3));
            Instant began = Instant.now();
            try (Load load = Load.start(Load.apis(List.of(first, second)), ledger, KillUnderLoadIT.THREADS,
                    Duration.ofMinutes(1))) {
                Thread.sleep(RUN.toMillis());
            }
            // Let the decision deadlines (5 s after each request still undecided) and the last jobs run.
            Thread.sleep(8_000);
            Instant ended = Instant.now();
            Api api = new Api(first::uri);

            Findings findings = new Findings(db);
            List<Ledger.Acknowledged> lost = findings.lost(ledger);
            assertThat(lost).as("acknowledged commands missing from the event store").isEmpty();
            assertThat(ledger.unexpectedServerErrors()).as("5xx other than 503 problem+json").isEmpty();
            int cases = findings.assertCaseReferencesUniqueAndGapFree();
            findings.assertNoticeReferencesUniqueAndGapFree();
            long[] freezes = findings.assertEachApprovedFreezeExecutedOnce(exchange, Duration.ofMinutes(1));
            int overdue = 0;
            for (String freeze : findings.aggregatesWith("FreezeApprovalOverdue")) {
                assertThat(findings.eventsOf(freeze, "FreezeApprovalOverdue")).as("overdue alerts of " + freeze)
                        .isEqualTo(1);
                overdue++;
            }
            findings.assertEvidenceStoreAccountedFor(home.resolve("evidence"), api);

            StringBuilder jobs = new StringBuilder();
            for (var job : JOBS.entrySet()) {
                List<Findings.Run> runs = findings.runs(job.getKey());
                // Only the runs inside the window: the checks above take seconds, and the jobs go on meanwhile.
                List<Findings.Run> inRun = runs.stream()
                        .filter(r -> r.started().isAfter(began) && r.started().isBefore(ended)).toList();
                long window = Duration.between(began, ended).toMillis();
                long most = window / job.getValue().toMillis() + 1;
                assertThat(Findings.overlaps(runs)).as(job.getKey() + " runs overlapping").isZero();
                assertThat(inRun.size()).as(job.getKey() + " runs in " + window + " ms at one per "
                        + job.getValue()).isBetween(2, (int) most);
                long byA = inRun.stream().filter(r -> r.node().equals("node-a")).count();
                jobs.append(String.format("%s every %d s: %d runs (node-a %d, node-b %d), 0 overlapping; ",
                        job.getKey(), job.getValue().toSeconds(), inRun.size(), byA, inRun.size() - byA));
            }
            String rebuild = rebuildSharedByBothNodes(db, first, second);

            // The projection audit compares at one position of the stream: with checkpoints signed every 2 s
            // the live tables always move on during it. Quiet the jobs first (one node, hourly), then audit.
            second.stop();
            first.stop();
            JOBS.forEach((task, every) -> first.with(setting(task), "PT1H"));
            // Alone again, the node takes both segments of the case views.
            first.with(CASE_VIEW_THREADS, "2");
            first.start();
            first.awaitReady(Duration.ofMinutes(2));
            Findings.assertChainIntactAndProjectionsEqual(api);

            Figures.report("two nodes, one database", String.format(
                    "%d s under %d client threads alternating between the nodes; %d answered, %d acknowledged, %d lost;"
                            + " %d case references gap-free across both; %d approved freezes each executed and"
                            + " applied once (%d sends); %d overdue alerts, each once; chain intact, projections"
                            + " equal; %s; commands of both nodes together: %.0f acknowledged a second; %s",
                    RUN.toSeconds(), KillUnderLoadIT.THREADS, ledger.answered(), ledger.acknowledged.size(),
                    lost.size(), cases, freezes[0], freezes[1], overdue, jobs,
                    ledger.acknowledged.size() / (double) RUN.toSeconds(), rebuild));
        }
    }

    /**
     * A rebuild of the read models with the case views' two segments split across the nodes: the second node
     * stops (releasing its segment), the first resets every token and replays its segment, the second starts
     * again and replays the other. Answers the figures: how long each node took and the rate of both together.
     */
    private static String rebuildSharedByBothNodes(HarnessDatabase db, GlassboxNode first, GlassboxNode second)
            throws Exception {
        second.stop();
        Api a = new Api(first::uri);
        Api b = new Api(second::uri);
        long events;
        try (var c = db.connect();
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rs.next();
            events = rs.getLong(1);
        }
        long began = System.nanoTime();
        Api.Reply started = a.post("admin", "/api/v1/admin/read-models/rebuild", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        second.start();
        double joined = 0;
        double[] done = new double[2];
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (done[0] == 0 || done[1] == 0) {
            assertThat(System.nanoTime()).as("both nodes replayed their segment of the case views")
                    .isLessThan(deadline);
            if (done[0] == 0 && caseViewsCaughtUp(a)) {
                done[0] = (System.nanoTime() - began) / 1e9;
            }
            if (joined == 0 && second.answers()) {
                joined = (System.nanoTime() - began) / 1e9;
            }
            if (joined > 0 && done[1] == 0 && caseViewsCaughtUp(b)) {
                done[1] = (System.nanoTime() - began) / 1e9;
            }
            Thread.sleep(100);
        }
        second.awaitReady(Duration.ofMinutes(1));
        // Each node reads every event and handles its half; node-b's replay starts once it answers again.
        return String.format("rebuild of the read models (%,d events) with the case views' two segments on two"
                + " nodes: node-a replayed its segment in %.1f s (%.0f events a second), node-b, started again after"
                + " the reset and answering after %.1f s, its own in %.1f s more (%.0f events a second)", events,
                done[0], events / done[0], joined, done[1] - joined, events / Math.max(0.1, done[1] - joined));
    }

    /** Whether the node holds a segment of the case views and has replayed it up to the head of the store. */
    private static boolean caseViewsCaughtUp(Api node) {
        Api.Reply progress = node.get("admin", "/api/v1/admin/read-models");
        if (progress.status() != 200) {
            return false;
        }
        for (var group : progress.json()) {
            if (group.get("processingGroup").asText().equals("case-views")) {
                return group.get("position").asLong() >= group.get("head").asLong();
            }
        }
        return false;
    }

    private static GlassboxNode node(String name, HarnessDatabase db, Path home,
            ExchangeAccountSimulator exchange) throws Exception {
        GlassboxNode node = new GlassboxNode(name, db, home.resolve("evidence"), home.resolve("keys"), exchange.uri())
                .with("glassbox.freeze.decision-due.routine", "PT5S").with("glassbox.deadlines.polling-interval", "PT1S");
        JOBS.forEach((task, every) -> node.with(setting(task), every.toString()));
        // One thread each: the case views' two segments are claimed one per node, and both share the read side.
        node.with(CASE_VIEW_THREADS, "1");
        // The demo users' hashes at the lowest work factor: at the default each signed request costs a bcrypt
        // check (about 70 ms of a core), which would measure the login, not the two nodes' command rate.
        node.with("glassbox.security.bcrypt-strength", "4");
        return node.with("glassbox.audit.checkpoint-first", "PT2S").with("glassbox.audit.verify-first", "PT5S");
    }

    private static String setting(String task) {
        return switch (task) {
            case "chain-checkpoint" -> "glassbox.audit.checkpoint-every";
            case "integrity-verification" -> "glassbox.audit.verify-every";
            case "evidence-verification" -> "glassbox.evidence.verify-check";
            default -> "glassbox.evidence.sweep-every";
        };
    }
}
