package org.glassbox.ui.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Upload throughput of a 1 GB evidence file through the API (HTTP multipart, container spool, digest,
 * media-type sniffing, content-addressed store, event), beside the ceiling: copying the same file on
 * the same disk. Runs only with {@code ./mvnw -Pbench verify}; appends to ui/target/bench-report.txt.
 */
@TestPropertySource(properties = {"glassbox.evidence.max-size=2GB", "glassbox.evidence.local-dir=target/bench-evidence"})
class EvidenceBenchmark extends IntegrationTest {
    private static final long SIZE = Long.getLong("bench.upload-mb", 1024) * 1024 * 1024;

    @Test
    void measureUploadThroughput() throws Exception {
        DemoAnalyses.awaitFinished(jdbc);
        Path dir = Files.createDirectories(Path.of("target", "bench-files"));
        Path file = dir.resolve("orderbook-" + UUID.randomUUID() + ".bin");
        write(file, SIZE);
        List<String> report = new ArrayList<>();

        Path copy = dir.resolve("copy.bin");
        long copyStart = System.nanoTime();
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (var channel = java.nio.channels.FileChannel.open(copy, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        Files.delete(copy);

        FlaggedCase c = as("investigator", new FlagCase(UUID.randomUUID().toString(),
                new MarketMaker(unique("bench"), "Upload Bench"), List.of("UID-1001"), List.of("BNCUSDT"),
                Set.of(Behaviour.SPOOFING), "upload benchmark", Severity.LOW, CaseSource.manual()));
        as("supervisor", new AssignCase(c.caseId(), "investigator"));
        as("investigator", new StartInvestigation(c.caseId()));
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(file));
        form.add("kind", "ORDER_BOOK_SNAPSHOT");
        form.add("title", "Order book, 1 GB");
        form.add("sourceSystem", "market data");
        form.add("collectedBy", "investigator");
        form.add("collectedAt", "2026-03-08T12:00:00Z");
        form.add("confidentiality", "INTERNAL");
        long uploadStart = System.nanoTime();
        int status = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("investigator", "demo")).build()
                .post().uri("/api/v1/cases/{id}/evidence", c.caseId()).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form).exchange((req, res) -> res.getStatusCode().value());
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        if (status != 201) {
            throw new AssertionError("upload answered " + status);
        }

        double mb = SIZE / 1024.0 / 1024.0;
        report.add("");
        report.add("5. Evidence upload of a %.0f MB file through POST /api/v1/cases/{id}/evidence".formatted(mb));
        report.add("   upload: %.1f s = %.0f MB/s   ceiling (copy of the same file on the same disk, fsync'd): %.1f s = %.0f MB/s   ratio %.2f"
                .formatted(uploadSeconds, mb / uploadSeconds, copySeconds, mb / copySeconds, copySeconds / uploadSeconds));
        report.add("   (the bytes are written twice: the container spools the multipart body, the intake spools it while");
        report.add("    hashing; the local store then takes the spool file by rename)");
        report.add("   test JVM heap limit %d MB".formatted(Runtime.getRuntime().maxMemory() / 1024 / 1024));
        System.out.println(String.join("\n", report));
        Files.writeString(Path.of("target", "bench-report.txt"), String.join("\n", report) + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Files.delete(file);
        try (var stale = Files.walk(Path.of("target", "bench-evidence"))) {
            stale.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void write(Path file, long size) throws IOException {
        byte[] block = new byte[1024 * 1024];
        new java.util.Random(42).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                block[0]++;
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }
}
