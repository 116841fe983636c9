package org.glassbox.harness;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Client threads working cases through Glassbox as its users would, over and over: flag, assign, start,
 * note, upload evidence, substantiate, request a freeze and approve it, draft, submit, approve and
 * publish a notice. A step with no answer or a 503 is sent again until the node answers (after a kill it
 * may have been done already: then a refusal is taken as done); a step refused outright ends the case.
 */
final class Load implements AutoCloseable {
    private static final AtomicLong ACCOUNTS = new AtomicLong(100_000 + ThreadLocalRandom.current().nextInt(800_000) * 10L);
    private static final String FIGURES = """
            {"period":"4-8 March 2026","volume":"about 70M GPS (~$5M)","shareOfVolume":"62%","priceImpact":"-31%",
             "compensation":"Affected users are compensated from the frozen proceeds","offboarded":true}""";
    private final List<Api> nodes;
    private final Ledger ledger;
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger turn = new AtomicInteger();
    private final Duration patience;

    private Load(List<Api> nodes, Ledger ledger, int threadCount, Duration patience) {
        this.nodes = nodes;
        this.ledger = ledger;
        this.patience = patience;
        this.threads = Executors.newFixedThreadPool(threadCount);
    }

    /** Starts the client threads; each sends to the nodes in turn. */
    static Load start(List<Api> nodes, Ledger ledger, int threadCount, Duration patience) {
        Load load = new Load(nodes, ledger, threadCount, patience);
        for (int i = 0; i < threadCount; i++) {
            load.threads.submit(load::work);
        }
        return load;
    }

    private Api api() {
        return nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
    }

    private void work() {
        while (running.get()) {
            try {
                workOneCase();
            } catch (StepRefused | InterruptedException done) {
                // The next case.
            } catch (RuntimeException e) {
                ledger.answered("client", new Api.Reply(-1, String.valueOf(e), ""));
            }
        }
    }

    private void workOneCase() throws StepRefused, InterruptedException {
        String account = "UID-" + ACCOUNTS.incrementAndGet();
        JsonNode flagged = step("flag", "investigator", "/api/v1/cases", """
                {"marketMaker":{"id":"mm-h%d","name":"Harness Capital"},"accounts":["%s"],"symbols":["GPSUSDT"],
                 "behaviours":["POST_LISTING_DUMP"],"summary":"Sold the listing allocation within minutes",
                 "severity":"HIGH","source":{"kind":"MANUAL"}}""".formatted(ACCOUNTS.get(), account), false);
        String caseId = flagged.get("id").asText();
        ledger.acknowledge("flag", caseId, "CaseFlagged");
        acknowledged("assign", "supervisor", "/api/v1/cases/" + caseId + "/assign", "{\"investigator\":\"investigator\"}",
                caseId, "CaseAssigned");
        acknowledged("start", "investigator", "/api/v1/cases/" + caseId + "/start-investigation", null, caseId,
                "InvestigationStarted");
        acknowledged("note", "investigator", "/api/v1/cases/" + caseId + "/notes",
                "{\"text\":\"Spoke to the listing desk\"}", caseId, "CaseNoteAdded");
        JsonNode items = uploadStep(caseId);
        ledger.acknowledge("upload", items.get(0).get("itemId").asText(), "EvidenceSubmitted");
        acknowledged("substantiate", "investigator", "/api/v1/cases/" + caseId + "/substantiate-allegation",
                "{\"behaviour\":\"POST_LISTING_DUMP\",\"reason\":\"the fills show it\"}", caseId, "AllegationSubstantiated");
        JsonNode freeze = step("request freeze", "investigator", "/api/v1/cases/" + caseId + "/freezes", """
                {"accounts":["%s"],"scope":"FULL","amounts":[{"asset":"USDT","amount":"1000"}],
                 "justification":"Proceeds of the dump","urgency":"ROUTINE","reviewBy":"%s"}"""
                .formatted(account, Instant.now().plus(Duration.ofDays(30))), false);
        String freezeId = freeze.get("id").asText();
        ledger.acknowledge("request freeze", freezeId, "AccountFreezeRequested");
        ledger.freezes.add(freezeId);
        acknowledged("approve freeze", "supervisor", "/api/v1/freezes/" + freezeId + "/approve",
                "{\"reason\":\"proportionate\"}", freezeId, "AccountFreezeApproved");
        JsonNode draft = step("draft notice", "investigator", "/api/v1/cases/" + caseId + "/disclosures", FIGURES, false);
        String disclosureId = draft.get("id").asText();
        ledger.acknowledge("draft notice", disclosureId, "DisclosureDrafted");
        acknowledged("submit notice", "investigator", "/api/v1/disclosures/" + disclosureId + "/submit", null,
                disclosureId, "DisclosureSubmittedForApproval");
        acknowledged("approve notice", "supervisor", "/api/v1/disclosures/" + disclosureId + "/approve", "{}",
                disclosureId, "DisclosureApproved");
        acknowledged("publish notice", "communications", "/api/v1/disclosures/" + disclosureId + "/publish", null,
                disclosureId, "DisclosurePublished");
        ledger.workflowsCompleted.incrementAndGet();
    }

    private void acknowledged(String step, String user, String path, String json, String aggregateId, String event)
            throws StepRefused, InterruptedException {
        if (step(step, user, path, json, true) != null) {
            ledger.acknowledge(step, aggregateId, event);
        }
    }

    /**
     * Sends until answered. Answers the body of a 2xx; null when a resend was refused (the first try was
     * done before the node died); throws when refused at once.
     */
    private JsonNode step(String step, String user, String path, String json, boolean idempotentEnough)
            throws StepRefused, InterruptedException {
        int refusals = 0;
        while (true) {
            Answer answer = untilAnswered(step, () -> api().post(user, path, json));
            if (answer.reply().ok()) {
                return answer.reply().body().isBlank() ? Api.JSON.createObjectNode() : answer.reply().json();
            }
            if (answer.resent() && idempotentEnough) {
                return null;
            }
            // The read side may not yet show the previous step (drafting reads the case's checked facts).
            if (answer.reply().status() == 409 && ++refusals < 10) {
                Thread.sleep(200);
                continue;
            }
            throw new StepRefused();
        }
    }

    private JsonNode uploadStep(String caseId) throws StepRefused, InterruptedException {
        byte[] bytes = ("fills of case " + caseId + "\n" + "x".repeat(ThreadLocalRandom.current().nextInt(100, 20_000)))
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply reply = untilAnswered("upload", () -> api().upload("investigator", "/api/v1/cases/" + caseId
                + "/evidence", Map.of("kind", "OTHER", "title", "Fills", "sourceSystem", "matching engine",
                        "collectedBy", "investigator", "collectedAt", "2026-03-08T12:00:00Z", "confidentiality",
                        "DISCLOSABLE"), "fills.txt", bytes)).reply();
        if (!reply.ok()) {
            throw new StepRefused();
        }
        return reply.json();
    }

    /** An answer, and whether it took more than one try (a dead node, or a 503 while the database was away). */
    private record Answer(Api.Reply reply, boolean resent) {
    }

    private Answer untilAnswered(String step, java.util.function.Supplier<Api.Reply> send)
            throws StepRefused, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        boolean resent = false;
        while (true) {
            Api.Reply reply = send.get();
            ledger.answered(step, reply);
            if (reply.status() != 0 && reply.status() != 503) {
                return new Answer(reply, resent);
            }
            if (!running.get() || Instant.now().isAfter(deadline)) {
                throw new StepRefused();
            }
            resent = true;
            Thread.sleep(300);
        }
    }

    /** Stops sending new steps and waits for the threads to finish the ones in flight. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(90, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }

    static final class StepRefused extends Exception {
        StepRefused() {
            super(null, null, false, false);
        }
    }

    static List<Api> apis(List<GlassboxNode> nodes) {
        List<Api> apis = new ArrayList<>();
        for (GlassboxNode node : nodes) {
            apis.add(new Api(node::uri));
        }
        return apis;
    }
}
