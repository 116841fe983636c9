package org.glassbox.ui.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glassbox.ui.support.CaseFixtures;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenAPI document says what the endpoints answer, and takes what they take. */
class OpenApiContractIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private JsonNode api;

    @BeforeEach
    void readTheDocument() throws Exception {
        api = JSON.readTree(get(null, "/v3/api-docs").body());
    }

    private JsonNode operation(String path, String method) {
        JsonNode op = api.path("paths").path(path).path(method);
        assertThat(op.isMissingNode()).as(method + " " + path + " is documented").isFalse();
        return op;
    }

    private String success(String path, String method) {
        List<String> codes = new ArrayList<>();
        operation(path, method).path("responses").fieldNames().forEachRemaining(c -> {
            if (c.startsWith("2")) {
                codes.add(c);
            }
        });
        assertThat(codes).as(method + " " + path).hasSize(1);
        return codes.get(0);
    }

    @Test
    void creatingAnswersTheDocumented201WithALocationAndStartingARunThe202() {
        var flagged = post("investigator", "/api/v1/cases", CaseFixtures.flagJson(unique("mm"), "GPSUSDT",
                "WASH_TRADING", null));
        assertThat(String.valueOf(flagged.statusCode())).isEqualTo(success("/api/v1/cases", "post")).isEqualTo("201");
        assertThat(flagged.headers().firstValue("Location")).isPresent();

        String account = FreezeFixtures.account();
        String caseId = caseUnderInvestigation(account);
        var freeze = post("investigator", "/api/v1/cases/" + caseId + "/freezes", """
                {"accounts":["%s"],"scope":"FULL","justification":"Proceeds of the dump",
                 "urgency":"ROUTINE","reviewBy":"%s"}""".formatted(account, java.time.Instant.now().plus(
                java.time.Duration.ofDays(30))));
        assertThat(String.valueOf(freeze.statusCode())).as(freeze.body())
                .isEqualTo(success("/api/v1/cases/{caseId}/freezes", "post")).isEqualTo("201");

        var evidence = multipart("investigator", "/api/v1/cases/" + caseId + "/evidence", Map.of("kind", "COMMUNICATION",
                "title", "Chat", "sourceSystem", "chat", "collectedBy", "investigator",
                "collectedAt", "2026-11-01T10:00:00Z", "confidentiality", "INTERNAL"), "chat.txt", "text/plain",
                unique("chat").getBytes(StandardCharsets.UTF_8));
        assertThat(String.valueOf(evidence.statusCode())).isEqualTo(success("/api/v1/cases/{caseId}/evidence", "post"))
                .isEqualTo("201");

        for (String path : List.of("/api/v1/cases/{caseId}/disclosures", "/api/v1/disclosures/{id}/correct",
                "/api/v1/disclosures/{id}/retract")) {
            assertThat(success(path, "post")).as(path).isEqualTo("201");
        }
        assertThat(success("/api/v1/cases/{caseId}/analyses", "post")).isEqualTo("202");
    }

    @Test
    void theEvidenceMetadataTravelsAsMultipartPartsNotQueryParameters() {
        JsonNode upload = operation("/api/v1/cases/{caseId}/evidence", "post");
        List<String> query = new ArrayList<>();
        upload.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                query.add(p.path("name").asText());
            }
        });
        assertThat(query).isEmpty();
        JsonNode schema = upload.path("requestBody").path("content").path("multipart/form-data").path("schema");
        List<String> parts = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(parts::add);
        assertThat(parts).contains("file", "kind", "title", "sourceSystem", "collectedBy", "collectedAt",
                "confidentiality");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).contains("file", "kind", "title");
    }

    @Test
    void checkingANoticeIsDocumentedAsAFormUploadWithItsLimits() {
        JsonNode verify = operation("/public/verify", "post");
        List<String> types = new ArrayList<>();
        verify.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
        assertThat(types).containsExactly("multipart/form-data");
        assertThat(verify.path("responses").has("413")).isTrue();
        assertThat(verify.path("responses").has("429")).isTrue();
        var json = post(null, "/public/verify", "{}");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(verify.path("responses").has("415")).isTrue();
    }

    @Test
    void everyApiOperationDocumentsItsRefusalsAsProblems() {
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            if (path.getKey().startsWith("/api/")) {
                for (String code : List.of("401", "403")) {
                    assertThat(responses.path(code).path("content").has("application/problem+json"))
                            .as(op.getKey() + " " + path.getKey() + " " + code).isTrue();
                }
            }
            if (op.getValue().has("requestBody") || op.getValue().path("parameters").size() > 0) {
                assertThat(responses.has("400")).as(op.getKey() + " " + path.getKey() + " 400").isTrue();
            }
        }));
    }
}
