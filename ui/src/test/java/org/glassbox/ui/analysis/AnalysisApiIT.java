package org.glassbox.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.ui.evidence.EvidenceService;
import org.glassbox.ui.support.AnalysisFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Analyses through the API on PostgreSQL: the result contract, reproducibility, bad input and who may call. */
class AnalysisApiIT extends IntegrationTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EvidenceService evidence;

    AnalysisFixtures.MarketCase market;

    @BeforeEach
    void market() throws Exception {
        market = AnalysisFixtures.marketCase(commands, staff, evidence, 21, 5000);
    }

    JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + r.body(), e);
        }
    }

    String request(String method, List<EvidenceKind> kinds, String parameters) {
        StringBuilder ids = new StringBuilder();
        for (EvidenceKind k : kinds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(market.items().get(k)).append('"');
        }
        return "{\"method\":\"" + method + "\",\"evidence\":[" + ids + "],\"parameters\":" + parameters + "}";
    }

    /** Runs a method through the API and answers the completed run. */
    JsonNode runToCompletion(String method, String parameters) {
        return runToCompletion(method, parameters, List.of(EvidenceKind.TRADE_EXPORT, EvidenceKind.ACCOUNT_LINKS,
                EvidenceKind.ORDER_EVENTS));
    }

    JsonNode runToCompletion(String method, String parameters, List<EvidenceKind> kinds) {
        HttpResponse<String> queued = post("investigator", "/api/v1/cases/" + market.caseId() + "/analyses",
                request(method, kinds, parameters));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String location = queued.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/analyses/");
        JsonNode[] run = new JsonNode[1];
        await(method + " completes", () -> {
            HttpResponse<String> r = get("auditor", location);
            run[0] = r.statusCode() == 200 ? json(r) : null;
            return run[0] != null && run[0].get("status").asText().matches("COMPLETED|FAILED|REFUSED");
        });
        assertThat(run[0].get("status").asText()).as(run[0].toString()).isEqualTo("COMPLETED");
        return run[0];
    }

    @Test
    void aRunAnswersTheResultContractAndItsDigestCoversTheResultBytes() throws Exception {
        JsonNode run = runToCompletion("W1", "{}");
        assertThat(run.get("caseId").asText()).isEqualTo(market.caseId());
        assertThat(run.get("method").asText()).isEqualTo("W1");
        assertThat(run.get("methodVersion").asText()).isEqualTo("1");
        assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(run.get("inputDigests")).hasSize(3);
        assertThat(run.get("inputDigests").get(0).get("sha256").asText())
                .isEqualTo(sha256(Files.readAllBytes(market.files().trades())));
        assertThat(run.get("engine").get("duckdb").asText()).startsWith("v");
        JsonNode truth = JSON.readTree(market.files().groundTruth().toFile());
        TreeSet<String> flagged = new TreeSet<>();
        run.get("result").get("tradeIds").forEach(n -> flagged.add(n.asText()));
        TreeSet<String> planted = new TreeSet<>();
        truth.get("W1").get("tradeIds").forEach(n -> planted.add(n.asText()));
        assertThat(flagged).isEqualTo(planted);
        HttpResponse<byte[]> bytes = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/analyses/" + run.get("id").asText()
                + "/result")).header("Authorization", basic("auditor")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(sha256(bytes.body())).isEqualTo(run.get("resultDigest").asText())
                .isEqualTo(bytes.headers().firstValue("X-Content-SHA256").orElseThrow());
        assertThat(JSON.readTree(bytes.body())).isEqualTo(run.get("result"));

        HttpResponse<String> list = get("supervisor", "/api/v1/cases/" + market.caseId() + "/analyses");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get(0).get("headline").get("count").asText()).isEqualTo(Integer.toString(planted.size()));
    }

    @Test
    void theOrderBookMethodsRunOnTheCasesEvidenceAndFindWhatWasPlanted() throws Exception {
        List<EvidenceKind> all = List.of(EvidenceKind.TRADE_EXPORT, EvidenceKind.ACCOUNT_LINKS,
                EvidenceKind.ORDER_EVENTS, EvidenceKind.KPI_TERMS);
        JsonNode truth = JSON.readTree(market.files().groundTruth().toFile());
        JsonNode k1 = runToCompletion("K1", "{}", all);
        assertThat(k1.get("result").get("breaches")).isEqualTo(truth.get("K1").get("breaches"));
        assertThat(k1.get("headline").get("breaches").asText()).isEqualTo(Integer.toString(truth.get("K1")
                .get("breaches").size()));
        assertThat(k1.get("inputDigests")).hasSize(4);
        JsonNode s2 = runToCompletion("S2", "{}", all.subList(0, 3));
        TreeSet<String> found = new TreeSet<>();
        s2.get("result").get("orderIds").forEach(n -> found.add(n.asText()));
        TreeSet<String> planted = new TreeSet<>();
        truth.get("S2").get("orderIds").forEach(n -> planted.add(n.asText()));
        TreeSet<String> hit = new TreeSet<>(found);
        hit.retainAll(planted);
        assertThat((double) hit.size() / planted.size()).as("recall").isGreaterThanOrEqualTo(0.95);
        JsonNode s1 = runToCompletion("S1", "{\"quickCancel\":\"PT1S\"}", all.subList(0, 3));
        assertThat(s1.get("parameters").get("quickCancel").asText()).isEqualTo("PT1S");
        assertThat(s1.get("headline").get("orderToTradeCount").asText()).isEqualTo(s1.get("result").get("marketMaker")
                .get("orderToTradeCount").asText());
    }

    @Test
    void theSameBytesGiveTheSameDigestAndTheDumpFiguresAreExact() throws Exception {
        JsonNode first = runToCompletion("D1", "{}");
        JsonNode second = runToCompletion("D1", "{\"bucket\":\"PT1M\"}");
        assertThat(second.get("resultDigest").asText()).isEqualTo(first.get("resultDigest").asText());
        JsonNode truth = JSON.readTree(market.files().groundTruth().toFile()).get("D1");
        JsonNode d1 = first.get("result");
        for (String figure : List.of("soldQty", "boughtQty", "proceeds", "sellShare")) {
            assertThat(d1.get(figure).asText()).as(figure).isEqualTo(truth.get(figure).asText());
        }
        assertThat(d1.get("buyOrders").asLong()).isZero();
        assertThat(d1.get("profitRank").asLong()).isEqualTo(1);
        assertThat(first.get("parameters").get("bucket").asText()).isEqualTo("PT1M");
    }

    @Test
    void aVerificationReproducesTheDigestAndChangedBytesRaiseTheAlarm() throws Exception {
        // Bytes of their own (a fresh seed), since this test alters the stored file.
        market = AnalysisFixtures.marketCase(commands, staff, evidence, System.nanoTime(), 2000);
        JsonNode run = runToCompletion("W2", "{}");
        String id = run.get("id").asText();
        HttpResponse<String> verify = post("auditor", "/api/v1/analyses/" + id + "/verify", null);
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(202);
        await("the verification reproduces the digest", () -> json(get("auditor", "/api/v1/analyses/" + id))
                .get("verification").get("state").asText().equals("REPRODUCED"));

        // Someone with access to the disk changes the stored trade file.
        Path stored = Path.of("target", "it-evidence").resolve(run.get("inputDigests").get(0).get("sha256").asText()
                .substring(0, 2));
        String digest = run.get("inputDigests").get(0).get("sha256").asText();
        Path file = stored.resolve(digest.substring(2, 4)).resolve(digest);
        file.toFile().setWritable(true);
        Files.writeString(file, Files.readString(file).replaceFirst(",0\\.0", ",0.1"), StandardCharsets.UTF_8);
        post("auditor", "/api/v1/analyses/" + id + "/verify", null);
        await("the rerun raises the alarm", () -> json(get("auditor", "/api/v1/analyses/" + id))
                .get("verification").get("state").asText().equals("NOT_REPRODUCED"));
        assertThat(json(get("auditor", "/api/v1/analyses/" + id)).get("verification").get("problem").asText())
                .contains("no longer match their SHA-256");
        HttpResponse<String> link = post("investigator", "/api/v1/analyses/" + id + "/link-allegation",
                "{\"behaviour\":\"WASH_TRADING\"}");
        assertThat(link.statusCode()).as("an analysis that did not reproduce supports nothing").isEqualTo(409);
    }

    @Test
    void aCompletedRunIsLinkedToAnAllegation() {
        JsonNode run = runToCompletion("W3", "{\"tolerance\":\"0.01\",\"window\":\"PT1H\"}");
        String id = run.get("id").asText();
        HttpResponse<String> link = post("investigator", "/api/v1/analyses/" + id + "/link-allegation",
                "{\"behaviour\":\"WASH_TRADING\",\"reason\":\"rings of three and four accounts\"}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(204);
        await("the link shows", () -> json(get("investigator", "/api/v1/analyses/" + id)).get("allegations").toString()
                .contains("WASH_TRADING"));
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        String other = AnalysisFixtures.marketCase(commands, staff, evidence, 22, 2000).items()
                .get(EvidenceKind.TRADE_EXPORT);
        String trades = market.items().get(EvidenceKind.TRADE_EXPORT);
        String links = market.items().get(EvidenceKind.ACCOUNT_LINKS);
        String orders = market.items().get(EvidenceKind.ORDER_EVENTS);
        String kpi = market.items().get(EvidenceKind.KPI_TERMS);
        String url = "/api/v1/cases/" + market.caseId() + "/analyses";
        long before = eventCount();
        record Bad(String body, String field) {
        }
        for (Bad bad : List.of(
                new Bad("{\"method\":\"W9\",\"evidence\":[\"" + trades + "\"]}", "method"),
                new Bad("{\"method\":5,\"evidence\":[\"" + trades + "\"]}", "method"),
                new Bad("{\"method\":\"W1\",\"evidence\":[]}", "evidence"),
                new Bad("{\"method\":\"W1\",\"evidence\":[7]}", "evidence"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"" + links + "\"]}", "evidence"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"" + trades + "\",\"" + kpi + "\"]}", "evidence"),
                new Bad("{\"method\":\"S2\",\"evidence\":[\"" + trades + "\"]}", "evidence"),
                new Bad("{\"method\":\"K1\",\"evidence\":[\"" + trades + "\",\"" + orders + "\"]}", "evidence"),
                new Bad("{\"method\":\"S2\",\"evidence\":[\"" + trades + "\",\"" + orders
                        + "\"],\"parameters\":{\"k\":\"0\"}}", "parameters.k"),
                new Bad("{\"method\":\"K1\",\"evidence\":[\"" + trades + "\",\"" + orders + "\",\"" + kpi
                        + "\"],\"parameters\":{\"bucket\":\"PT0S\"}}", "parameters.bucket"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"" + other + "\"]}", "evidence"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"no-such-item\"]}", "evidence"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"" + market.caseId() + "\"]}", "evidence"),
                new Bad("{\"method\":\"W2\",\"evidence\":[\"" + trades + "\"],\"parameters\":{\"window\":\"PT2H\"}}",
                        "parameters.window"),
                new Bad("{\"method\":\"W2\",\"evidence\":[\"" + trades + "\"],\"parameters\":{\"window\":1}}",
                        "parameters.window"),
                new Bad("{\"method\":\"W3\",\"evidence\":[\"" + trades + "\"],\"parameters\":{\"tolerance\":0.01}}",
                        "parameters.tolerance"),
                new Bad("{\"method\":\"W5\",\"evidence\":[\"" + trades + "\"],\"parameters\":{\"minSample\":\"1000\"}}",
                        "parameters.minSample"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"" + trades + "\"],\"parameters\":{\"colour\":\"red\"}}",
                        "parameters.colour"),
                new Bad("{\"method\":\"W1\",\"evidence\":[\"" + trades + "\"],\"extra\":1}", "extra"),
                new Bad("{\"method\":\"D1\",\"evidence\":[\"" + trades + "\"],\"parameters\":{\"symbol\":\"BTCUSDT\"}}",
                        "parameters.symbol"))) {
            HttpResponse<String> r = post("investigator", url, bad.body());
            assertThat(r.statusCode()).as(bad.body() + " -> " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(r).get("errors").get(0).get("field").asText()).as(r.body()).isEqualTo(bad.field());
        }
        HttpResponse<String> notJson = post("investigator", url, "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(eventCount()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM analysis_run WHERE case_id = ?", Long.class,
                market.caseId())).isZero();
    }

    @Test
    void badMarketDataIsRefusedOnSubmissionAndNothingIsStored() throws Exception {
        long before = eventCount();
        record Bad(String content, String message) {
        }
        String header = "trade_id,time,symbol,price,qty,buyer_account,seller_account\n";
        for (Bad bad : List.of(new Bad("trade_id,time,symbol,price,buyer_account,seller_account\n1,1741341600000,X,1,A,B\n",
                "lacks the required column qty"),
                new Bad(header + "1,1741341600000,GPSUSDT,abc,1,A,B\n", "line 2, column price"),
                new Bad(header + "1,1741341600000,GPSUSDT,1,-2,A,B\n", "is negative"),
                new Bad(header + "1,1741341600000,GPSUSDT,1,2,A,B\n2,1741341600000000,GPSUSDT,1,2,A,B\n", "one time unit"),
                new Bad(header, "no data rows"))) {
            HttpResponse<String> r = upload("trades-" + java.util.UUID.randomUUID() + ".csv", bad.content().getBytes(
                    StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains(bad.message());
        }
        byte[] garbage = new byte[2 * 1024 * 1024];
        new java.util.Random(3).nextBytes(garbage);
        assertThat(upload("garbage.csv", garbage).statusCode()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
        for (String content : List.of(header + "1,1741341600000,GPSUSDT,abc,1,A,B\n")) {
            String digest = sha256(content.getBytes(StandardCharsets.UTF_8));
            assertThat(Path.of("target", "it-evidence", digest.substring(0, 2), digest.substring(2, 4), digest))
                    .as("no blob of a refused file").doesNotExist();
        }
    }

    @Test
    void orderEventsThatDoNotFollowFromEachOtherAreRefusedOnSubmissionAndNothingIsStored() throws Exception {
        long before = eventCount();
        String header = "event_id,time,symbol,account,order_id,event_type,side,price,qty,leaves_qty,filled_qty,trade_id\n";
        String placed = "1,1741341600005,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,10,0,\n";
        record Bad(String content, String message) {
        }
        for (Bad bad : List.of(
                new Bad(header + placed + "2,1741341600001,GPSUSDT,UID-1,9,CANCEL,BUY,,10,0,0,\n",
                        "line 3, event 2 (CANCEL): is earlier than the event before it"),
                new Bad(header + "1,1741341600000,GPSUSDT,UID-1,8,FILL,BUY,0.07,10,0,10,77\n",
                        "names order 8, which does not rest"),
                new Bad(header + "1,1741341600000,GPSUSDT,UID-1,9,NEW,BUY,0.07,10,-1,0,\n", "line 2, column leaves_qty"),
                new Bad(header + "1,1741341600000,GPSUSDT,UID-1,9,AMEND,BUY,0.07,10,10,0,\n", "is not one of NEW"))) {
            HttpResponse<String> r = upload("orders-" + java.util.UUID.randomUUID() + ".csv",
                    bad.content().getBytes(StandardCharsets.UTF_8), "ORDER_EVENTS");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(r.body()).contains(bad.message());
            String digest = sha256(bad.content().getBytes(StandardCharsets.UTF_8));
            assertThat(Path.of("target", "it-evidence", digest.substring(0, 2), digest.substring(2, 4), digest))
                    .as("no blob of a refused file").doesNotExist();
        }
        assertThat(eventCount()).as("nothing stored").isEqualTo(before);
    }

    HttpResponse<String> upload(String fileName, byte[] content) {
        return upload(fileName, content, "TRADE_EXPORT");
    }

    HttpResponse<String> upload(String fileName, byte[] content, String kind) {
        return multipart("investigator", "/api/v1/cases/" + market.caseId() + "/evidence", java.util.Map.of(
                "kind", kind, "title", "trades", "sourceSystem", "engine", "collectedBy", "investigator",
                "collectedAt", "2025-03-11T09:00:00Z", "confidentiality", "INTERNAL"), fileName, "text/csv", content);
    }

    @Test
    void theDemoNoticeLetsAnyoneDownloadItsCitedResultWithAccountsMaskedAndReadTheMethod() throws Exception {
        var row = jdbc.queryForMap("SELECT reference, facts_json FROM public_notice WHERE facts_json LIKE '%\"publicDigest\"%'"
                + " ORDER BY reference LIMIT 1");
        JsonNode cited = JSON.readTree((String) row.get("facts_json")).get("analyses").get(0);
        String digest = cited.get("publicDigest").asText();
        assertThat(cited.get("publicDigest").asText()).isNotEqualTo(cited.get("resultDigest").asText());
        HttpResponse<byte[]> result = HTTP.send(HttpRequest.newBuilder(uri("/public/notices/" + row.get("reference")
                + "/analyses/" + digest + ".json")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(sha256(result.body())).isEqualTo(digest);
        String text = new String(result.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("****0234").doesNotContain("UID-");
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/public/notices/" + row.get("reference") + "/analyses/"
                + "0".repeat(64) + ".json")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a result the notice does not cite").isEqualTo(404);
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/public/notices/" + row.get("reference") + "/analyses/"
                + cited.get("resultDigest").asText() + ".json")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("the unmasked result is never public").isEqualTo(404);
        HttpResponse<String> method = HTTP.send(HttpRequest.newBuilder(uri("/public/methods/D1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(method.statusCode()).isEqualTo(200);
        assertThat(method.body()).contains("Dumping after listing", "bucket", "RFC 8785");
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/public/methods/X9")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/public/notices/" + row.get("reference")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains(digest, "/public/methods/D1");
    }

    @Test
    void eachEndpointRefusesOtherRolesBeforeReadingTheBody() {
        String run = "/api/v1/analyses/" + java.util.UUID.randomUUID();
        assertOnlyAllowedRolesGetThrough("POST", "/api/v1/cases/" + market.caseId() + "/analyses",
                Set.of("investigator", "supervisor"));
        assertOnlyAllowedRolesGetThrough("POST", run + "/link-allegation", Set.of("investigator", "supervisor"));
        assertOnlyAllowedRolesGetThrough("POST", run + "/verify", Set.of("investigator", "supervisor", "auditor"));
        assertOnlyAllowedRolesGetThrough("GET", run, Set.of("investigator", "supervisor", "auditor"));
        assertOnlyAllowedRolesGetThrough("GET", run + "/result", Set.of("investigator", "supervisor", "auditor"));
        assertOnlyAllowedRolesGetThrough("GET", "/api/v1/cases/" + market.caseId() + "/analyses",
                Set.of("investigator", "supervisor", "auditor"));
        assertOnlyAllowedRolesGetThrough("GET", "/api/v1/analysis-methods", Set.of("investigator", "supervisor", "auditor"));
        assertThat(get("auditor", run).statusCode()).isEqualTo(404);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
