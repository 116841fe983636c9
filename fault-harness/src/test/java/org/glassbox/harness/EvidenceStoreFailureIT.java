package org.glassbox.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.glassbox.simulator.ExchangeAccountSimulator;
import org.junit.jupiter.api.Test;

/**
 * The evidence store fails during an upload: its disk is full (a small tmpfs, where the harness may mount
 * one) or it cannot be reached (its directory gone). Each time the uploader gets a clear 503 problem+json
 * saying which, no event is stored and no partial blob is left; once the store is back, uploads work again.
 */
class EvidenceStoreFailureIT {
    private static final Map<String, String> FIELDS = Map.of("kind", "OTHER", "title", "Chat export",
            "sourceSystem", "compliance archive", "collectedBy", "investigator", "collectedAt", "2026-03-08T12:00:00Z",
            "confidentiality", "INTERNAL");

    @Test
    void aFullOrUnreachableEvidenceStoreRefusesTheUploadClearlyAndKeepsNothing() throws Exception {
        Path home = GlassboxNode.home("store");
        Path disk = Files.createDirectories(home.resolve("disk"));
        boolean tmpfs = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start().waitFor() == 0;
        Path link = Files.createSymbolicLink(home.resolve("evidence"), disk);
        try (HarnessDatabase db = HarnessDatabase.create("store");
                ExchangeAccountSimulator exchange = ExchangeAccountSimulator.start(0);
                GlassboxNode node = new GlassboxNode("store-node", db, link, home.resolve("keys"), exchange.uri())
                        .with("glassbox.evidence.reserve", "0")) {
            node.start();
            node.awaitReady(Duration.ofMinutes(3));
            Api api = new Api(node::uri);
            String caseId = openCase(api);
            Findings findings = new Findings(db);
            assertThat(upload(api, caseId, 10_000).status()).isEqualTo(201);
            long blobsBefore = files(disk);

            String full = "not exercised (no permission to mount a tmpfs here; the reserve is proven by EvidenceIntakeTest)";
            if (tmpfs) {
                long events = findings.events();
                long room = Files.getFileStore(disk).getUsableSpace();
                Api.Reply refused = upload(api, caseId, (int) room + 1_000_000);
                assertRefused(refused, "evidence-store-full");
                assertThat(findings.events()).as("no event stored").isEqualTo(events);
                assertThat(files(disk)).as("no partial blob on the full disk").isEqualTo(blobsBefore);
                full = String.format("an upload of %.1f MB onto a tmpfs with %.1f MB left: 503 evidence-store-full,"
                        + " 0 events, 0 bytes left behind", (room + 1_000_000) / 1e6, room / 1e6);
            }

            long events = findings.events();
            Files.delete(link);
            Files.writeString(link, "the store's directory is gone");
            Api.Reply unreachable = upload(api, caseId, 10_000);
            assertRefused(unreachable, "evidence-store-unavailable");
            assertThat(findings.events()).as("no event stored").isEqualTo(events);

            Files.delete(link);
            Files.createSymbolicLink(link, disk);
            assertThat(upload(api, caseId, 10_000).status()).as("uploads work once the store is back").isEqualTo(201);
            findings.assertEvidenceStoreAccountedFor(disk, api);
            assertThat(node.logText()).doesNotContain("Servlet.service() for servlet");

            Figures.report("evidence store failures", "disk full: " + full + "; store unreachable (its directory"
                    + " replaced by a file): 503 evidence-store-unavailable, 0 events; after it came back the next"
                    + " upload was 201 and every blob was whole and recorded");
        } finally {
            if (tmpfs) {
                new ProcessBuilder("umount", disk.toString()).start().waitFor();
            }
        }
    }

    private static void assertRefused(Api.Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isEqualTo(code);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static Api.Reply upload(Api api, String caseId, int size) {
        byte[] bytes = ("chat " + System.nanoTime() + "\n" + "y".repeat(size)).getBytes(StandardCharsets.UTF_8);
        return api.upload("investigator", "/api/v1/cases/" + caseId + "/evidence", FIELDS, "chat.txt", bytes);
    }

    private static String openCase(Api api) {
        Api.Reply flagged = api.post("investigator", "/api/v1/cases", """
                {"marketMaker":{"id":"mm-store","name":"Store Test Capital"},"accounts":["UID-8888"],
                 "symbols":["GPSUSDT"],"behaviours":["SPOOFING"],"summary":"Chats about the walls",
                 "severity":"LOW","source":{"kind":"MANUAL"}}""");
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        String id = flagged.json().get("id").asText();
        assertThat(api.post("supervisor", "/api/v1/cases/" + id + "/assign", "{\"investigator\":\"investigator\"}")
                .status()).isEqualTo(204);
        assertThat(api.post("investigator", "/api/v1/cases/" + id + "/start-investigation", null).status())
                .isEqualTo(204);
        return id;
    }

    private static long files(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
