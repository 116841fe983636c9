package org.glassbox.ui.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.glassbox.api.analysis.AnalysisRunView;
import org.glassbox.api.analysis.AnalysisStatus;
import org.glassbox.ui.analysis.AnalysisService;
import org.glassbox.ui.support.AnalysisFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What the market data benchmarks share: uploading through the API, waiting for a run, the process's memory. */
abstract class MarketBenchmark extends IntegrationTest {
    @Autowired
    AnalysisService analyses;

    protected AnalysisRunView awaitDone(String runId) throws InterruptedException {
        while (true) {
            var run = analyses.find(AnalysisFixtures.INVESTIGATOR, runId);
            if (run.isPresent() && run.get().status() != AnalysisStatus.QUEUED
                    && run.get().status() != AnalysisStatus.RUNNING) {
                return run.get();
            }
            Thread.sleep(100);
        }
    }

    /** Uploads the file through the API as the investigator would, and answers the evidence item's id. */
    protected String upload(String caseId, Path file, String kind, String type) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        for (String[] f : new String[][] {{"kind", kind}, {"title", kind + " " + file.getFileName()},
                {"sourceSystem", "matching engine"}, {"collectedBy", "investigator"},
                {"collectedAt", "2025-03-11T09:00:00Z"}, {"confidentiality", "INTERNAL"}}) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f[0])
                    .append("\"\r\n\r\n").append(f[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName()).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
        var body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head.toString()),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId + "/evidence"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "investigator:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(java.time.Duration.ofMinutes(10)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError(kind + " upload answered " + r.statusCode() + ": " + r.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get(0).get("itemId").asText();
    }

    /** The process's peak resident memory (VmHWM), in MB. */
    protected static long peakMb() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    protected static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
