package org.glassbox.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.cases.AssignCase;
import org.glassbox.api.cases.CaseSource;
import org.glassbox.api.cases.FlagCase;
import org.glassbox.api.cases.FlaggedCase;
import org.glassbox.api.cases.StartInvestigation;
import org.glassbox.api.shared.Behaviour;
import org.glassbox.api.shared.MarketMaker;
import org.glassbox.api.shared.Severity;
import org.glassbox.ui.support.DemoAnalyses;
import org.glassbox.ui.support.DiskWrites;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Evidence through the API, on PostgreSQL and the local blob store, as investigators and auditors use it. */
class EvidenceApiIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BLOBS = Paths.get("target", "it-evidence");
    static final byte[] CSV = "time,account,side,qty,price\n2026-03-04T10:00:00Z,UID-100234,SELL,70000000,0.071\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    EvidenceVerificationSchedule schedule;

    String caseId;

    record Reply(int status, String body, HttpHeaders headers, byte[] bytes) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }

    @BeforeEach
    void openCase() {
        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(unique("mm"), "Evidence Capital"), List.of("UID-100234"), List.of("GPSUSDT"),
                Set.of(Behaviour.WASH_TRADING, Behaviour.POST_LISTING_DUMP), "dump after listing", Severity.HIGH,
                CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        caseId = c.caseId();
        // Flag, assign, start: the read side must show version 2 (the assignee) before evidence is offered.
        await("the case shows its assignee", () -> get("investigator", "/api/v1/cases/" + caseId).body()
                .contains("\"version\":2"));
    }

    private RestClient client(String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(user, "demo")).build();
    }

    MultiValueMap<String, Object> form(String fileName, byte[] bytes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (bytes != null) {
            form.add("file", new ByteArrayResource(bytes) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        form.add("kind", "OTHER");
        form.add("title", "GPS fills 4-8 March");
        form.add("description", "All fills of the market maker's accounts");
        form.add("sourceSystem", "matching engine");
        form.add("collectedBy", "investigator");
        form.add("collectedAt", "2026-03-08T12:00:00Z");
        form.add("confidentiality", "INTERNAL");
        form.add("allegations", "WASH_TRADING");
        return form;
    }

    Reply upload(String user, String toCase, MultiValueMap<String, Object> form) {
        return client(user).post().uri("/api/v1/cases/{id}/evidence", toCase).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange((req, res) -> {
                    byte[] body = res.getBody().readAllBytes();
                    return new Reply(res.getStatusCode().value(), new String(body, StandardCharsets.UTF_8),
                            res.getHeaders(), body);
                });
    }

    Reply fetch(String user, String path) {
        return client(user).get().uri(uri(path)).exchange((req, res) -> {
            byte[] body = res.getBody().readAllBytes();
            return new Reply(res.getStatusCode().value(), new String(body, StandardCharsets.UTF_8), res.getHeaders(),
                    body);
        });
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    long blobFiles() throws Exception {
        if (!Files.exists(BLOBS)) {
            return 0;
        }
        try (var files = Files.walk(BLOBS)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private String uploaded(byte[] bytes) {
        Reply created = upload("investigator", caseId, form("fills.csv", bytes));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String itemId = created.json().get(0).get("itemId").asText();
        await("the item is listed", () -> fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId)
                .status() == 200);
        return itemId;
    }

    @Test
    void anUploadIsRecordedWithTheDigestOfItsBytes() throws Exception {
        byte[] bytes = (new String(CSV) + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String itemId = uploaded(bytes);

        Map<String, Object> event = jdbc.queryForMap("""
                SELECT payload, meta_data FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", itemId);
        JsonNode payload = JSON.readTree((byte[]) event.get("payload"));
        assertThat(payload.at("/blob/sha256/hex").asText()).isEqualTo(sha256(bytes));
        assertThat(payload.at("/blob/size").asLong()).isEqualTo(bytes.length);
        assertThat(payload.at("/blob/mediaType").asText()).as("text bytes, refined by the .csv name")
                .isEqualTo("text/csv");
        assertThat(payload.at("/caseId").asText()).isEqualTo(caseId);
        assertThat(JSON.readTree((byte[]) event.get("meta_data")).get("userId").asText()).isEqualTo("investigator");

        JsonNode listed = fetch("auditor", "/api/v1/cases/" + caseId + "/evidence").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("sha256").asText()).as("a digest is plain hex in the API")
                .isEqualTo(sha256(bytes));
        assertThat(listed.get(0).get("allegations").get(0).asText()).isEqualTo("WASH_TRADING");
    }

    @Test
    void anUploadIsWrittenToDiskOnceAndLeavesNothingInTheSpool() throws Exception {
        StringBuilder csv = new StringBuilder("time,account,side,qty,price,batch " + UUID.randomUUID() + "\n");
        for (int i = 0; csv.length() < 4 * 1024 * 1024; i++) {
            csv.append("2026-03-04T10:00:00Z,UID-100234,SELL,").append(70_000_000 + i).append(",0.071\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        DemoAnalyses.awaitFinished(jdbc);

        long writtenBefore = DiskWrites.byThisProcess();
        String itemId = uploaded(bytes);
        long written = DiskWrites.byThisProcess() - writtenBefore;

        assertThat(written).as("bytes this JVM wrote to disk for a %d-byte upload", bytes.length)
                .isBetween((long) bytes.length, bytes.length * 3L / 2);
        Reply stored = fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId);
        assertThat(stored.json().get("item").get("sha256").asText()).isEqualTo(sha256(bytes));
        try (var left = Files.list(Path.of("target", "it-evidence-spool"))) {
            assertThat(left.filter(Files::isRegularFile)).as("the spool keeps nothing").isEmpty();
        }
    }

    @Test
    void theSameBytesTwiceAreRecognisedAndLinkedNotStoredTwice() throws Exception {
        byte[] bytes = ("dup," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String first = uploaded(bytes);
        long files = blobFiles();
        MultiValueMap<String, Object> again = form("copy.csv", bytes);
        again.set("allegations", "POST_LISTING_DUMP");
        Reply second = upload("investigator", caseId, again);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get(0).get("itemId").asText()).isEqualTo(first);
        assertThat(second.json().get(0).get("duplicate").asBoolean()).isTrue();
        assertThat(blobFiles()).isEqualTo(files);
        await("the item supports both allegations", () -> fetch("auditor", "/api/v1/cases/" + caseId + "/evidence")
                .json().get(0).get("allegations").size() == 2);
        assertThat(fetch("auditor", "/api/v1/cases/" + caseId + "/evidence").json()).hasSize(1);
    }

    @Test
    void everyDownloadIsOnTheChainOfCustody() throws Exception {
        byte[] bytes = ("custody," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String itemId = uploaded(bytes);
        Reply download = fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId
                + "/content?purpose=Court%20bundle%20for%20case%2042");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(bytes);
        assertThat(download.headers().getFirst("X-Content-SHA256")).isEqualTo(sha256(bytes));
        assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");

        await("the download is in the custody log", () -> fetch("investigator", "/api/v1/cases/" + caseId
                + "/evidence/" + itemId).json().get("custody").size() == 2);
        JsonNode custody = fetch("investigator", "/api/v1/cases/" + caseId + "/evidence/" + itemId).json()
                .get("custody");
        assertThat(custody.get(0).get("action").asText()).isEqualTo("SUBMITTED");
        assertThat(custody.get(1).get("action").asText()).isEqualTo("DOWNLOAD");
        assertThat(custody.get(1).get("actor").asText()).isEqualTo("auditor");
        assertThat(custody.get(1).get("detail").asText()).isEqualTo("Purpose: Court bundle for case 42");

        assertThat(fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId + "/content").status())
                .as("no purpose, no bytes").isEqualTo(400);
    }

    @Test
    void aBlobChangedOnDiskFailsVerificationAndIsNotServed() throws Exception {
        byte[] bytes = ("tamper," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String itemId = uploaded(bytes);
        Path file = BLOBS.resolve(sha256(bytes).substring(0, 2)).resolve(sha256(bytes).substring(2, 4))
                .resolve(sha256(bytes));
        file.toFile().setWritable(true);
        Files.writeString(file, "tamper,edited");

        assertThat(post("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId + "/verify", null).statusCode())
                .isEqualTo(204);
        await("the failure shows", () -> !fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId).json()
                .at("/item/lastVerification/intact").asBoolean(true));
        JsonNode item = fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId).json().get("item");
        assertThat(item.at("/lastVerification/problem").asText()).startsWith("the stored bytes changed");

        Reply refused = fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId + "/content?purpose=check");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.headers().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("integrity-failed");
    }

    @Test
    void aBlobRemovedFromDiskFailsVerificationAndIsNotServed() throws Exception {
        byte[] bytes = ("vanish," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String itemId = uploaded(bytes);
        Files.delete(BLOBS.resolve(sha256(bytes).substring(0, 2)).resolve(sha256(bytes).substring(2, 4))
                .resolve(sha256(bytes)));

        Reply refused = fetch("investigator", "/api/v1/cases/" + caseId + "/evidence/" + itemId
                + "/content?purpose=review");
        assertThat(refused.status()).isEqualTo(409);
        await("the failure is recorded", () -> fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId)
                .json().at("/item/lastVerification/problem").asText("").contains("missing"));
    }

    @Test
    void theScheduleVerifiesEveryItemInUse() throws Exception {
        String itemId = uploaded(("scheduled," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        schedule.verifyDue();
        await("the schedule's check is recorded", () -> fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/"
                + itemId).json().at("/item/lastVerification/intact").asBoolean(false));
        JsonNode custody = fetch("auditor", "/api/v1/cases/" + caseId + "/evidence/" + itemId).json().get("custody");
        assertThat(custody.get(custody.size() - 1).get("actor").asText()).isEqualTo("glassbox-verifier");
        assertThat(custody.get(custody.size() - 1).get("actorRoles").asText()).isEqualTo("SYSTEM");
    }

    @Test
    void badUploadsAreClearRefusalsThatStoreNothing() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        long events = eventCount();
        long files = blobFiles();

        assertRefused(upload("investigator", caseId, form("empty.csv", new byte[0])), 400, "file");
        assertRefused(upload("investigator", caseId, form("big.bin", new byte[6 * 1024 * 1024])), 413, "file");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertRefused(upload("investigator", caseId, form("tool.csv", elf)), 400, "file");
        MultiValueMap<String, Object> noTitle = form("fills.csv", CSV);
        noTitle.remove("title");
        assertRefused(upload("investigator", caseId, noTitle), 400, "title");
        assertRefused(upload("investigator", caseId, form("fills.csv", null)), 400, "file");
        MultiValueMap<String, Object> badKind = form("fills.csv", CSV);
        badKind.set("kind", "RUMOUR");
        assertRefused(upload("investigator", caseId, badKind), 400, "kind");
        assertRefused(upload("investigator", "no-such-case", form("fills.csv", CSV)), 404, null);
        MultiValueMap<String, Object> spoofing = form("fills.csv", CSV);
        spoofing.set("allegations", "SPOOFING");
        Reply unknownAllegation = upload("investigator", caseId, spoofing);
        assertThat(unknownAllegation.status()).isEqualTo(409);
        assertThat(unknownAllegation.json().get("code").asText()).isEqualTo("unknown-allegation");
        assertRefused(upload("investigator", caseId, form("../../etc/passwd", CSV)), 400, "file");
        assertRefused(upload("investigator2", caseId, form("fills.csv", CSV)), 403, null);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(blobFiles()).as("no blob, whole or partial").isEqualTo(files);
    }

    @Test
    void kpiTermsAreReadOnSubmissionAndABadTermIsRefusedNamingItWithNothingStored() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        String terms = """
                symbol: GPSUSDT
                accounts: [UID-100234]
                max_spread_bps: 80
                depth_band_pct: 2
                min_depth_quote: 5000
                min_presence_pct: 90
                period: {from: 2025-03-07, to: 2025-04-01}
                # %s
                """.formatted(UUID.randomUUID());
        long events = eventCount();
        long files = blobFiles();
        for (String bad : new String[] {"max_spread_bps: -80", "max_spread_bps: \"80\"", "min_depth_quote: 0"}) {
            MultiValueMap<String, Object> form = form("kpi.yaml",
                    terms.replace(bad.startsWith("min") ? "min_depth_quote: 5000" : "max_spread_bps: 80", bad)
                            .getBytes(StandardCharsets.UTF_8));
            form.set("kind", "KPI_TERMS");
            Reply refused = upload("investigator", caseId, form);
            assertRefused(refused, 400, "file");
            assertThat(refused.body()).as(bad).contains(bad.substring(0, bad.indexOf(':')));
        }
        MultiValueMap<String, Object> missing = form("kpi.json", "{\"symbol\": \"GPSUSDT\"}".getBytes(StandardCharsets.UTF_8));
        missing.set("kind", "KPI_TERMS");
        assertThat(upload("investigator", caseId, missing).body()).contains("accounts: is missing");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(blobFiles()).isEqualTo(files);

        MultiValueMap<String, Object> good = form("kpi.yaml", terms.getBytes(StandardCharsets.UTF_8));
        good.set("kind", "KPI_TERMS");
        Reply created = upload("investigator", caseId, good);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static void assertRefused(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().getContentType().toString()).isEqualTo("application/problem+json");
        if (field != null) {
            assertThat(reply.json().get("errors")).anySatisfy(e -> assertThat(e.get("field").asText()).isEqualTo(field));
        }
    }

    @Test
    void evidenceActionsAreAllowedOnlyToTheRolesOfDomainMd() throws Exception {
        String itemId = uploaded(("roles," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        String base = "/api/v1/cases/" + caseId + "/evidence/" + itemId;
        long before = eventCount();
        for (String user : List.of("communications", "auditor", "admin")) {
            assertThat(post(user, base + "/exclude", "{bad").statusCode()).as(user).isEqualTo(403);
            assertThat(post(user, base + "/link-allegation", "{bad").statusCode()).as(user).isEqualTo(403);
        }
        for (String user : List.of("investigator", "communications", "auditor", "admin")) {
            assertThat(post(user, base + "/reclassify", "{bad").statusCode()).as(user).isEqualTo(403);
        }
        for (String user : List.of("communications", "admin")) {
            assertThat(post(user, base + "/verify", null).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(get("admin", "/api/v1/cases/" + caseId + "/evidence").statusCode()).isEqualTo(403);
        assertThat(get("admin", base + "/content?purpose=x").statusCode()).isEqualTo(403);
        assertThat(get(null, base + "/content?purpose=x").statusCode()).isEqualTo(401);
        assertThat(upload("auditor", caseId, form("x.csv", CSV)).status()).isEqualTo(403);
        assertThat(get("communications", "/api/v1/cases/" + caseId + "/evidence").statusCode())
                .as("communications staff read closed cases only").isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void excludeLinkUnlinkAndReclassifyThroughTheApi() {
        String itemId = uploaded(("actions," + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        String base = "/api/v1/cases/" + caseId + "/evidence/" + itemId;
        assertThat(post("investigator", base + "/link-allegation",
                "{\"behaviour\":\"POST_LISTING_DUMP\",\"reason\":\"shows the dump\"}").statusCode()).isEqualTo(204);
        assertThat(post("investigator", base + "/unlink-allegation",
                "{\"behaviour\":\"WASH_TRADING\",\"reason\":\"not self-matched\"}").statusCode()).isEqualTo(204);
        assertThat(post("supervisor", base + "/reclassify",
                "{\"confidentiality\":\"DISCLOSABLE\",\"reason\":\"for the notice\"}").statusCode()).isEqualTo(204);
        assertThat(post("investigator", base + "/exclude", "{\"reason\":\"wrong period\"}").statusCode())
                .isEqualTo(204);
        var linkExcluded = post("investigator", base + "/link-allegation", "{\"behaviour\":\"WASH_TRADING\"}");
        assertThat(linkExcluded.statusCode()).isEqualTo(409);
        assertThat(post("investigator", base + "/exclude", "{}").statusCode()).isEqualTo(400);
        await("the item shows all of it", () -> {
            JsonNode item = fetch("auditor", base).json().get("item");
            return item.get("excluded").asBoolean() && item.get("confidentiality").asText().equals("DISCLOSABLE")
                    && item.get("allegations").toString().equals("[\"POST_LISTING_DUMP\"]");
        });
        assertThat(fetch("auditor", base).json().get("custody")).extracting(e -> e.get("action").asText())
                .containsExactly("SUBMITTED", "LINKED", "UNLINKED", "RECLASSIFIED", "EXCLUDED");
    }
}
