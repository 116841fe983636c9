package org.glassbox.ui.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.glassbox.ui.support.TestCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Disclosures through the API, and the public registry without a login: list, search, notice page,
 * PDF, Atom feed, verify; conditional requests; nothing unpublished shown; bad input refused.
 */
class DisclosureApiIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EvidenceIntake intake;

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + r.body(), e);
        }
    }

    record Case(String caseId, String reference, String account) {
    }

    /** A case with a substantiated finding, an executed freeze, one disclosable and one internal item. */
    private Case caseReadyToDisclose() throws Exception {
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        await("the freeze shows as executed", () -> get("auditor", "/api/v1/freezes/" + c.freezeId()).body()
                .contains("\"status\":\"EXECUTED\""));
        await("the evidence shows", () -> json(get("auditor", "/api/v1/cases/" + c.caseId() + "/evidence")).size() == 2);
        await("the finding shows", () -> get("auditor", "/api/v1/cases/" + c.caseId()).body()
                .contains("SUBSTANTIATED"));
        return new Case(c.caseId(), c.reference(), c.account());
    }

    private static final String FIGURES = """
            {"period":"4-8 March 2026","volume":"about 70M GPS (~$5M)","shareOfVolume":"62%","priceImpact":"-31%",
             "compensation":"Affected users are compensated from the frozen proceeds","offboarded":true}""";

    private String draft(Case c) {
        HttpResponse<String> created = post("investigator", "/api/v1/cases/" + c.caseId() + "/disclosures", FIGURES);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    private String publish(Case c) {
        String id = draft(c);
        assertThat(post("investigator", "/api/v1/disclosures/" + id + "/submit", null).statusCode()).isEqualTo(204);
        assertThat(post("supervisor", "/api/v1/disclosures/" + id + "/approve", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> published = post("communications", "/api/v1/disclosures/" + id + "/publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String reference = json(published).get("reference").asText();
        await("the notice is public", () -> get(null, "/public/notices/" + reference).statusCode() == 200);
        return reference;
    }

    private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** As the form on the verify page sends it (a browser, which takes HTML). */
    private HttpResponse<String> verify(byte[] file, String name) throws Exception {
        return verify(file, name, "text/html,application/xhtml+xml");
    }

    private HttpResponse<String> verify(byte[] file, String name, String accept) throws Exception {
        String boundary = "----glassbox" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri("/public/verify")).header("Accept", accept)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPublishedNoticePageIsTheSameBytesEachTimeWithAnETagThatAnswersNotModified() {
        String reference = jdbc.queryForObject("SELECT reference FROM public_notice ORDER BY reference LIMIT 1",
                String.class);
        HttpResponse<String> first = get(null, "/public/notices/" + reference);
        HttpResponse<String> second = get(null, "/public/notices/" + reference);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains(reference);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).hasValue(etag);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300", "public");
        HttpResponse<String> notModified = send(null, HttpRequest.newBuilder(uri("/public/notices/" + reference))
                .header("If-None-Match", etag).GET());
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(get(null, "/public/notices/GBX-2026-999999-N1").statusCode()).as("no page for no notice")
                .isEqualTo(404);
    }

    @Test
    void aNoticeGoesFromDraftToThePublicRegistryWhereAnyoneCanVerifyIt() throws Exception {
        Case c = caseReadyToDisclose();
        String id = draft(c);
        JsonNode drafted = json(get("communications", "/api/v1/disclosures/" + id));
        String text = drafted.get("disclosure").get("text").asText();
        assertThat(text).contains("sold tokens right after listing", "The actions the exchange took are listed below");
        assertThat(drafted.get("disclosure").get("facts").get("freezes").get(0).get("amounts").get(0).get("amount")
                .decimalValue()).as("the held proceeds, listed from the facts").isEqualByComparingTo("5000000");
        assertThat(drafted.get("disclosure").get("facts").get("evidence").size()).as("only the disclosable item")
                .isEqualTo(1);

        assertThat(post("communications", "/api/v1/disclosures/" + id + "/revise",
                JSON.writeValueAsString(java.util.Map.of("text", text + "\n\nUsers may contact support."))).statusCode())
                .isEqualTo(204);
        assertThat(post("communications", "/api/v1/disclosures/" + id + "/submit", null).statusCode()).isEqualTo(204);
        HttpResponse<String> byWriter = post("supervisor", "/api/v1/disclosures/" + id + "/approve", "{}");
        assertThat(byWriter.statusCode()).as("supervisor wrote none of it").isEqualTo(204);
        HttpResponse<String> published = post("communications", "/api/v1/disclosures/" + id + "/publish", null);
        String reference = json(published).get("reference").asText();
        assertThat(reference).isEqualTo(c.reference() + "-N1");
        await("the notice is public", () -> get(null, "/public/notices/" + reference).statusCode() == 200);

        HttpResponse<String> page = get(null, "/public/notices/" + reference);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("public"));
        assertThat(page.headers().firstValue("Set-Cookie")).as("no session for the public").isEmpty();
        assertThat(page.body()).contains(reference, "Users may contact support.").doesNotContain(c.account(),
                "INTERNAL report " + c.reference());
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(getBytes("/public/notices/" + reference, "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> pdf = getBytes("/public/notices/" + reference + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf.body()));
        assertThat(page.body()).contains(sha);

        assertThat(get(null, "/public/notices").body()).contains(reference);
        assertThat(get(null, "/public/notices?q=freeze%20capital").body()).contains(reference);
        assertThat(get(null, "/public/notices?q=GPSUSDT").body()).contains(reference);
        assertThat(get(null, "/public/notices?q=no-such-token-xyz").body()).doesNotContain(reference)
                .contains("No published notice");
        HttpResponse<String> feed = get(null, "/public/notices/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("<feed", "/public/notices/" + reference);

        HttpResponse<String> genuine = verify(pdf.body(), reference + ".pdf");
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("Genuine", reference, sha);
        byte[] tampered = pdf.body().clone();
        tampered[tampered.length / 2] ^= 1;
        HttpResponse<String> altered = verify(tampered, "altered.pdf");
        assertThat(altered.statusCode()).isEqualTo(404);
        assertThat(altered.body()).contains("Not a published notice");
        HttpResponse<String> notPdf = verify("just text".getBytes(StandardCharsets.UTF_8), "note.txt");
        assertThat(notPdf.statusCode()).isEqualTo(400);
        assertThat(notPdf.body()).contains("not a PDF");
        HttpResponse<String> script = verify(tampered, "altered.pdf", "application/json");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(script.body()).contains("altered, or never published");
    }

    @Test
    void draftsAndApprovedNoticesNeverShowInPublic() throws Exception {
        Case c = caseReadyToDisclose();
        String id = draft(c);
        post("investigator", "/api/v1/disclosures/" + id + "/submit", null);
        post("supervisor", "/api/v1/disclosures/" + id + "/approve", "{}");
        assertThat(get(null, "/public/notices").body()).doesNotContain(c.reference());
        assertThat(get(null, "/public/notices/" + c.reference() + "-N1").statusCode()).isEqualTo(404);
    }

    @Test
    void aCorrectionSupersedesThePublishedNoticeAndBothSayIt() throws Exception {
        Case c = caseReadyToDisclose();
        String first = publish(c);
        String firstId = json(get("auditor", "/api/v1/cases/" + c.caseId() + "/disclosures")).get(0).get("disclosureId")
                .asText();
        HttpResponse<String> correction = post("communications", "/api/v1/disclosures/" + firstId + "/correct", FIGURES);
        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(201);
        String correctionId = json(correction).get("id").asText();
        post("communications", "/api/v1/disclosures/" + correctionId + "/submit", null);
        post("supervisor2", "/api/v1/disclosures/" + correctionId + "/approve", "{}");
        String second = json(post("communications", "/api/v1/disclosures/" + correctionId + "/publish", null))
                .get("reference").asText();
        await("the correction is public", () -> get(null, "/public/notices/" + second).statusCode() == 200);
        assertThat(get(null, "/public/notices/" + second).body()).contains("supersedes notice", first);
        await("the first says it was corrected", () -> get(null, "/public/notices/" + first).body()
                .contains("This notice was corrected"));
    }

    @Test
    void textNamingAnAccountIsRefusedWithEachHitAndNothingIsStored() throws Exception {
        Case c = caseReadyToDisclose();
        String id = draft(c);
        post("investigator", "/api/v1/disclosures/" + id + "/revise",
                JSON.writeValueAsString(java.util.Map.of("text", "Account " + c.account() + " was frozen.")));
        long before = TestCommands.eventsAbout(jdbc, id);
        HttpResponse<String> refused = post("investigator", "/api/v1/disclosures/" + id + "/submit", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("code").asText()).isEqualTo("redaction");
        assertThat(refused.body()).contains("account id " + c.account());
        assertThat(TestCommands.eventsAbout(jdbc, id)).isEqualTo(before);

        HttpResponse<String> oversize = post("investigator", "/api/v1/disclosures/" + id + "/revise",
                JSON.writeValueAsString(java.util.Map.of("text", "x".repeat(20_001))));
        assertThat(oversize.statusCode()).isEqualTo(400);
        assertThat(oversize.body()).contains("text");
        assertThat(TestCommands.eventsAbout(jdbc, id)).isEqualTo(before);
    }

    static Stream<Arguments> endpoints() {
        Set<String> readers = Set.of("investigator", "supervisor", "communications", "auditor");
        Set<String> writers = Set.of("investigator", "supervisor", "communications");
        return Stream.of(
                Arguments.of("GET", "/api/v1/cases/{case}/disclosures", readers),
                Arguments.of("POST", "/api/v1/cases/{case}/disclosures", writers),
                Arguments.of("GET", "/api/v1/disclosures/{id}", readers),
                Arguments.of("POST", "/api/v1/disclosures/{id}/revise", writers),
                Arguments.of("POST", "/api/v1/disclosures/{id}/submit", writers),
                Arguments.of("POST", "/api/v1/disclosures/{id}/approve", Set.of("supervisor")),
                Arguments.of("POST", "/api/v1/disclosures/{id}/reject", Set.of("supervisor")),
                Arguments.of("POST", "/api/v1/disclosures/{id}/publish", Set.of("communications")),
                Arguments.of("POST", "/api/v1/disclosures/{id}/correct", Set.of("communications")),
                Arguments.of("POST", "/api/v1/disclosures/{id}/retract", Set.of("communications")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void everyOtherRoleIsRefusedBeforeItsInputIsRead(String method, String path, Set<String> allowed) {
        String url = path.replace("{case}", "some-case").replace("{id}", "some-disclosure");
        assertOnlyAllowedRolesGetThrough(method, url, allowed);
    }

    @Test
    void everythingButThePublicRegistryNeedsALogin() {
        for (String path : List.of("/api/v1/cases", "/api/v1/disclosures/x", "/api/v1/approvals")) {
            assertThat(get(null, path).statusCode()).as(path).isEqualTo(401);
        }
        for (String view : List.of("/", "/cases", "/cases/new", "/cases/some-case", "/approvals", "/accounts",
                "/admin/read-models")) {
            HttpResponse<String> staffPage = get(null, view);
            assertThat(staffPage.statusCode()).as(view + " sends the visitor to the login").isEqualTo(302);
            assertThat(staffPage.headers().firstValue("Location")).as(view)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(get(null, "/public/notices/anything/else").statusCode()).isIn(403, 404);
        assertThat(get(null, "/public/verify").statusCode()).isEqualTo(200);
    }
}
