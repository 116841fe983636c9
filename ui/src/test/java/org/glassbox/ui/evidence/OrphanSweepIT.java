package org.glassbox.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.glassbox.api.evidence.StoredBlob;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.command.evidence.LocalBlobStore;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bytes the store holds that no event refers to: reported at once, removed only after the grace period. */
class OrphanSweepIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORPHANS = "/api/v1/admin/evidence/orphans";

    @Autowired
    EvidenceIntake intake;
    @Autowired
    org.glassbox.command.evidence.BlobStore blobs;
    private LocalBlobStore store;

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static boolean lists(JsonNode report, String name) {
        for (JsonNode orphan : report.get("orphans")) {
            if (orphan.get("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private StoredBlob takenInButNeverRecorded() throws Exception {
        return intake.receive(new ByteArrayInputStream(("never recorded " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8)), "draft.txt");
    }

    private Path fileOf(StoredBlob blob) {
        return store.pathOf(blob.address());
    }

    private static void age(Path file, Duration by) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(by)));
    }

    @Test
    void aBlobNoEventRefersToIsReportedAtOnceAndRemovedOnlyAfterTheGracePeriod() throws Exception {
        store = (LocalBlobStore) blobs;
        StoredBlob fresh = takenInButNeverRecorded();
        StoredBlob old = takenInButNeverRecorded();
        age(fileOf(old), Duration.ofDays(2));
        Path leftover = Files.createTempFile(fileOf(old).getParent(), ".incoming-", ".tmp");
        Files.writeString(leftover, "half a blob");
        age(leftover, Duration.ofDays(2));
        String referencedCase = caseUnderInvestigation("UID-4100");
        HttpResponse<String> uploaded = multipart("investigator", "/api/v1/cases/" + referencedCase + "/evidence",
                Map.of("kind", "OTHER", "title", "Fills", "sourceSystem", "matching engine", "collectedBy",
                        "investigator", "collectedAt", "2026-03-08T12:00:00Z", "confidentiality", "INTERNAL"),
                "fills.txt", "text/plain", ("recorded " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String recordedSha = JSON.readTree(uploaded.body()).get(0).get("sha256").asText();
        Path recorded = store.pathOf("local:" + recordedSha);
        age(recorded, Duration.ofDays(2));

        JsonNode scan = json(get("admin", ORPHANS));
        String root = store.pathOf(fresh.address()).getParent().getParent().getParent().toString() + "/";
        String freshName = fileOf(fresh).toString().substring(root.length());
        String oldName = fileOf(old).toString().substring(root.length());
        String leftoverName = leftover.toString().substring(root.length());
        assertThat(lists(scan, freshName)).isTrue();
        assertThat(lists(scan, oldName)).isTrue();
        assertThat(lists(scan, leftoverName)).isTrue();
        assertThat(lists(scan, recorded.toString().substring(root.length()))).isFalse();
        assertThat(Files.exists(fileOf(old))).as("a scan changes nothing").isTrue();

        JsonNode swept = json(post("admin", ORPHANS + "/sweep", null));
        assertThat(swept.get("removed").toString()).contains(oldName, leftoverName).doesNotContain(freshName);
        assertThat(Files.exists(fileOf(old))).isFalse();
        assertThat(Files.exists(leftover)).isFalse();
        assertThat(Files.exists(fileOf(fresh))).as("within the grace period").isTrue();
        assertThat(Files.exists(recorded)).as("an item's bytes are never removed").isTrue();
    }

    @Test
    void onlyAnAdminMayLookForOrSweepOrphans() {
        assertOnlyAllowedRolesGetThrough("GET", ORPHANS, Set.of("admin"));
        assertOnlyAllowedRolesGetThrough("POST", ORPHANS + "/sweep", Set.of("admin"));
    }
}
