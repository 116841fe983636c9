package org.glassbox.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Limits and refusals that come before any controller: each a 4xx problem+json, nothing stored. */
class RequestLimitsIT extends IntegrationTest {

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat").doesNotContain("\tat ");
    }

    private static String note(int characters) {
        return "{\"text\":\"" + "a".repeat(characters) + "\"}";
    }

    @Test
    void aJsonBodyOverTheLimitIs413AndNothingIsStored() throws Exception {
        String caseId = caseUnderInvestigation(org.glassbox.ui.support.FreezeFixtures.account());
        long before = eventCount();
        var declared = send("investigator", HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId + "/notes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(note(1_100_000))));
        assertProblem(declared, 413);
        // Chunked: no Content-Length to refuse up front; the limit is counted while the body is read.
        byte[] big = note(1_100_000).getBytes(StandardCharsets.UTF_8);
        var chunked = send("investigator", HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId + "/notes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big))));
        assertProblem(chunked, 413);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotPostGets403BeforeTheSizeOfItsBodyIsLookedAt() throws Exception {
        var response = send("auditor", HttpRequest.newBuilder(uri("/api/v1/cases/x/notes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(note(1_100_000))));
        assertProblem(response, 403);
    }

    @Test
    void controlCharactersInTheQueryStringAreRefusedEverywhere() throws Exception {
        for (String path : new String[] {"/api/v1/cases?q=%00", "/api/v1/cases?status=a%1Bb",
                "/api/v1/audit/export?case=%00"}) {
            assertProblem(send(path.contains("audit") ? "auditor" : "investigator", HttpRequest.newBuilder(uri(path))),
                    400);
        }
        assertProblem(send(null, HttpRequest.newBuilder(uri("/public/notices?q=%00"))), 400);
    }

    @Test
    void addressesTheServerCannotRouteGetAProblemNotAFrameworkPage() throws Exception {
        assertProblem(send("auditor", HttpRequest.newBuilder(uri("/api/v1/audit/cases//state"))), 400);
        assertProblem(send("auditor", HttpRequest.newBuilder(uri("/api/v1/cases/%00"))), 400);
        assertProblem(send("auditor", HttpRequest.newBuilder(uri("/api/v1/cases/a%2Fb"))), 400);
        assertProblem(send("auditor", HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))), 403);
    }

    @Test
    void anAuditExportOfNoCaseIs404NotAnEmptyFile() throws Exception {
        assertProblem(send("auditor", HttpRequest.newBuilder(uri("/api/v1/audit/export?case=no-such-case"))), 404);
    }

    @Test
    void checkingANoticeTakesOnlyAFormUploadOfBoundedSize() throws Exception {
        assertProblem(send(null, HttpRequest.newBuilder(uri("/public/verify")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
        assertProblem(send(null, HttpRequest.newBuilder(uri("/public/verify")).POST(HttpRequest.BodyPublishers.noBody())), 415);
        assertProblem(send(null, HttpRequest.newBuilder(uri("/public/verify")).header("Content-Type",
                "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("--x--\r\n".getBytes(StandardCharsets.UTF_8))))),
                411);
        byte[] huge = new byte[21 * 1024 * 1024];
        var tooLarge = multipart(null, "/public/verify", Map.of(), "notice.pdf", "application/pdf", huge);
        assertProblem(tooLarge, 413);
    }

    @Test
    void anUploadedHtmlPageIsOnlyEverADownloadThatCannotRun() throws Exception {
        String caseId = caseUnderInvestigation(org.glassbox.ui.support.FreezeFixtures.account());
        byte[] page = "<html><body><script>fetch('/api/v1/cases')</script></body></html>".getBytes(StandardCharsets.UTF_8);
        var upload = multipart("investigator", "/api/v1/cases/" + caseId + "/evidence", Map.of("kind", "COMMUNICATION",
                "title", "Saved phishing page", "sourceSystem", "browser", "collectedBy", "investigator",
                "collectedAt", "2026-11-01T10:00:00Z", "confidentiality", "INTERNAL"),
                "\"><img src=x onerror=alert(1)>.html", "text/html", page);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String itemId = upload.body().replaceAll(".*\"itemId\":\"([^\"]+)\".*", "$1");
        for (String access : new String[] {"PREVIEW", "DOWNLOAD"}) {
            var content = send("investigator", HttpRequest.newBuilder(uri("/api/v1/cases/" + caseId + "/evidence/" + itemId
                    + "/content?purpose=review&access=" + access)));
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).contains("<script>");
            assertThat(content.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(content.headers().firstValue("X-Item-Media-Type")).hasValue("text/html");
            assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(content.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox");
            String disposition = content.headers().firstValue("Content-Disposition").orElse("");
            assertThat(disposition).as(access).startsWith("attachment;");
            assertThat(org.springframework.http.ContentDisposition.parse(disposition).getFilename())
                    .as("the name stays inside its quotes").isEqualTo("\"><img src=x onerror=alert(1)>.html");
        }
    }
}
