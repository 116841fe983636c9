package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Stream;

import org.glassbox.ui.support.CaseFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.glassbox.ui.support.TestCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The case API as other systems use it: HTTP Basic, JSON in, JSON or problem+json out. */
class CasesApiIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READERS = Set.of("investigator", "supervisor", "communications", "auditor");
    private static final Set<String> WORKERS = Set.of("investigator", "supervisor");
    private static final Set<String> SUPERVISORS = Set.of("supervisor");
    private static final Set<String> ADMINS = Set.of("admin");

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private String flagCase() {
        HttpResponse<String> created = post("investigator", "/api/v1/cases",
                CaseFixtures.flagJson(unique("mm"), "GPSUSDT", "WASH_TRADING", unique("SURV")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    private void awaitStatus(String id, String status) {
        await(id + " is " + status, () -> {
            HttpResponse<String> r = get("auditor", "/api/v1/cases/" + id);
            return r.statusCode() == 200 && status.equals(json(r).get("status").asText());
        });
    }

    @Test
    void aCaseIsFlaggedWorkedAndClosedThroughTheApi() {
        HttpResponse<String> created = post("investigator", "/api/v1/cases",
                CaseFixtures.flagJson(unique("mm"), "GPSUSDT", "WASH_TRADING", unique("SURV")));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        String id = body.get("id").asText();
        assertThat(body.get("reference").asText()).matches("GBX-\\d{4}-\\d{6}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/cases/" + id);

        assertThat(post("supervisor", "/api/v1/cases/" + id + "/assign", "{\"investigator\":\"investigator\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/start-investigation", null).statusCode())
                .isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/notes", "{\"text\":\"export requested\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/severity",
                "{\"severity\":\"CRITICAL\",\"reason\":\"bigger than thought\"}").statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/dismiss-allegation",
                "{\"behaviour\":\"WASH_TRADING\",\"reason\":\"distinct owners\"}").statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/substantiate-allegation",
                "{\"behaviour\":\"WASH_TRADING\",\"reason\":\"same owner after all\"}").statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/propose-closure",
                "{\"outcome\":\"SANCTIONED\",\"reason\":\"offboard\"}").statusCode()).isEqualTo(204);
        assertThat(post("supervisor", "/api/v1/cases/" + id + "/reject-closure", "{\"reason\":\"thin\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/propose-closure",
                "{\"outcome\":\"SANCTIONED\",\"reason\":\"offboard, more evidence\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> ownApproval = post("investigator", "/api/v1/cases/" + id + "/approve-closure", "{}");
        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(post("supervisor", "/api/v1/cases/" + id + "/approve-closure", null).statusCode()).isEqualTo(204);
        awaitStatus(id, "CLOSED");
        assertThat(post("supervisor", "/api/v1/cases/" + id + "/reopen", "{\"reason\":\"new evidence\"}")
                .statusCode()).isEqualTo(204);
        awaitStatus(id, "UNDER_INVESTIGATION");

        HttpResponse<String> detail = get("auditor", "/api/v1/cases/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(json(detail).get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(json(detail).get("allegations").get(0).get("status").asText()).isEqualTo("SUBSTANTIATED");

        HttpResponse<String> timeline = get("investigator", "/api/v1/cases/" + id + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        await("the timeline has all 12 events",
                () -> json(get("investigator", "/api/v1/cases/" + id + "/timeline")).size() == 12);
        JsonNode entries = json(get("investigator", "/api/v1/cases/" + id + "/timeline"));
        assertThat(entries.get(11).get("description").asText()).isEqualTo("Reopened the case; it is back under investigation");
        assertThat(entries.get(11).get("reason").asText()).isEqualTo("new evidence");
        assertThat(entries.get(11).get("actor").asText()).isEqualTo("supervisor");

        HttpResponse<String> list = get("investigator", "/api/v1/cases?q=" + json(detail).get("reference").asText());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("total").asLong()).isEqualTo(1);
        assertThat(json(list).get("items").get(0).get("caseId").asText()).isEqualTo(id);
    }

    @Test
    void everyCaseEndpointTakesTheReferencePeopleUse() {
        HttpResponse<String> created = post("investigator", "/api/v1/cases",
                CaseFixtures.flagJson(unique("mm"), "GPSUSDT", "WASH_TRADING", unique("SURV")));
        String id = json(created).get("id").asText();
        String reference = json(created).get("reference").asText();
        awaitStatus(id, "FLAGGED");
        JsonNode byReference = json(get("auditor", "/api/v1/cases/" + reference));
        assertThat(byReference.get("caseId").asText()).isEqualTo(id);
        assertThat(post("investigator", "/api/v1/cases/" + reference + "/notes", "{\"text\":\"by reference\"}")
                .statusCode()).isEqualTo(204);
        await("the note shows", () -> get("auditor", "/api/v1/cases/" + reference + "/timeline").body()
                .contains("Added a note: by reference"));
        assertThat(get("investigator", "/api/v1/cases/" + reference + "/evidence").statusCode()).isEqualTo(200);
        assertThat(get("auditor", "/api/v1/audit/cases/" + reference + "/state").statusCode()).isEqualTo(200);
        HttpResponse<String> export = get("auditor", "/api/v1/audit/export?case=" + reference);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"glassbox-" + reference + ".jsonl\"");
        assertThat(export.body()).contains(id);

        long before = eventCount();
        HttpResponse<String> unknown = post("investigator", "/api/v1/cases/GBX-1999-000001/notes", "{\"text\":\"x\"}");
        assertProblem(unknown, 404);
        assertThat(unknown.body()).contains("No case GBX-1999-000001");
        assertProblem(get("auditor", "/api/v1/audit/export?case=GBX-1999-000001"), 404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theListTakesEveryFilterAsAQueryParameter() {
        String mm = unique("mm");
        post("investigator", "/api/v1/cases", CaseFixtures.flagJson(mm, "ONEUSDT", "SPOOFING", null));
        post("investigator", "/api/v1/cases", CaseFixtures.flagJson(mm, "TWOUSDT", "LAYERING", null));
        await("both cases listed", () -> json(get("auditor", "/api/v1/cases?marketMaker=" + mm)).get("total")
                .asLong() == 2);
        JsonNode page = json(get("auditor", "/api/v1/cases?marketMaker=" + mm
                + "&status=FLAGGED&symbol=TWOUSDT&behaviour=LAYERING&sort=REFERENCE&offset=0&limit=10"));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("symbols").get(0).asText()).isEqualTo("TWOUSDT");
    }

    @Test
    void communicationsStaffReadOnlyClosedCases() {
        String open = flagCase();
        awaitStatus(open, "FLAGGED");
        HttpResponse<String> refused = get("communications", "/api/v1/cases/" + open);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("communications", "/api/v1/cases/" + open + "/timeline").statusCode()).isEqualTo(403);
        JsonNode list = json(get("communications", "/api/v1/cases?limit=500"));
        assertThat(list.get("items")).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("CLOSED"));
        assertThat(json(get("communications", "/api/v1/cases?status=FLAGGED")).get("total").asLong()).isZero();
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/cases", READERS),
                Arguments.of("GET", "/api/v1/cases/{id}", READERS),
                Arguments.of("GET", "/api/v1/cases/{id}/timeline", READERS),
                Arguments.of("POST", "/api/v1/cases", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/assign", SUPERVISORS),
                Arguments.of("POST", "/api/v1/cases/{id}/start-investigation", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/notes", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/severity", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/substantiate-allegation", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/dismiss-allegation", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/propose-closure", WORKERS),
                Arguments.of("POST", "/api/v1/cases/{id}/approve-closure", SUPERVISORS),
                Arguments.of("POST", "/api/v1/cases/{id}/reject-closure", SUPERVISORS),
                Arguments.of("POST", "/api/v1/cases/{id}/reopen", SUPERVISORS),
                Arguments.of("GET", "/api/v1/catalogue/behaviours", READERS),
                Arguments.of("GET", "/api/v1/admin/read-models", ADMINS),
                Arguments.of("POST", "/api/v1/admin/read-models/rebuild", ADMINS));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void everyOtherRoleIsRefusedBeforeItsInputIsRead(String method, String path, Set<String> allowed) {
        String id = flagCase();
        String url = path.replace("{id}", id);
        long before = TestCommands.eventsAbout(jdbc, id);
        assertOnlyAllowedRolesGetThrough(method, url, allowed);
        assertThat(TestCommands.eventsAbout(jdbc, id)).isEqualTo(before);
    }

    @Test
    void aWrongPasswordIsUnauthorised() {
        HttpResponse<String> response = send("investigator", "wrong", "/api/v1/cases");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String user, String password, String path) {
        try {
            return HTTP.send(java.net.http.HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> actionBodies() {
        return Stream.of(
                Arguments.of("assign", "supervisor", "{\"investigator\":\"investigator\"}", "investigator"),
                Arguments.of("notes", "investigator", "{\"text\":\"x\"}", "text"),
                Arguments.of("severity", "investigator", "{\"severity\":\"LOW\",\"reason\":\"r\"}", "reason"),
                Arguments.of("substantiate-allegation", "investigator", "{\"behaviour\":\"WASH_TRADING\",\"reason\":\"r\"}",
                        "reason"),
                Arguments.of("dismiss-allegation", "investigator", "{\"behaviour\":\"WASH_TRADING\",\"reason\":\"r\"}",
                        "reason"),
                Arguments.of("propose-closure", "investigator", "{\"outcome\":\"SANCTIONED\",\"reason\":\"r\"}",
                        "reason"),
                Arguments.of("reject-closure", "supervisor", "{\"reason\":\"r\"}", "reason"),
                Arguments.of("reopen", "supervisor", "{\"reason\":\"r\"}", "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionBodies")
    void badInputToAnActionIsAProblemAndStoresNothing(String action, String user, String goodBody, String textField) {
        String id = flagCase();
        String url = "/api/v1/cases/" + id + "/" + action;
        long before = eventCount();

        assertProblem(post(user, url, "{not json"), 400);
        HttpResponse<String> missing = post(user, url, "{}");
        assertProblem(missing, 400);
        assertThat(json(missing).get("errors")).isNotEmpty();
        HttpResponse<String> oversized = post(user, url,
                goodBody.replaceFirst("\"" + textField + "\":\"[^\"]*\"", "\"" + textField + "\":\"" + "x".repeat(10_001)
                        + "\""));
        assertProblem(oversized, 400);
        assertThat(json(oversized).get("errors").get(0).get("field").asText()).isEqualTo(textField);
        if (goodBody.contains("\"behaviour\"") || goodBody.contains("\"outcome\"") || goodBody.contains("\"severity\"")) {
            HttpResponse<String> unknownEnum = post(user, url,
                    goodBody.replaceAll("\"(WASH_TRADING|SANCTIONED|LOW)\"", "\"MADE_UP\""));
            assertProblem(unknownEnum, 400);
            assertThat(json(unknownEnum).get("errors").get(0).get("message").asText()).contains("MADE_UP");
        }
        assertProblem(post(user, "/api/v1/cases/no-such-case/" + action, goodBody), 404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badFlaggingsAreProblemsWithEveryBadFieldListedAndStoreNothing() {
        long before = eventCount();
        assertProblem(post("investigator", "/api/v1/cases", "{\"marketMaker\":"), 400);
        assertProblem(post("investigator", "/api/v1/cases", ""), 400);

        HttpResponse<String> missing = post("investigator", "/api/v1/cases", "{}");
        assertProblem(missing, 400);
        assertThat(json(missing).get("errors")).extracting(e -> e.get("field").asText())
                .contains("marketMaker", "accounts", "symbols", "behaviours", "summary", "severity", "source");

        String good = CaseFixtures.flagJson(unique("mm"), "GPSUSDT", "WASH_TRADING", null);
        HttpResponse<String> oversized = post("investigator", "/api/v1/cases",
                good.replace("Volume spike after listing", "x".repeat(4001)));
        assertProblem(oversized, 400);
        assertThat(json(oversized).get("errors").get(0).get("field").asText()).isEqualTo("summary");

        HttpResponse<String> enumValue = post("investigator", "/api/v1/cases", good.replace("\"HIGH\"", "\"URGENT\""));
        assertProblem(enumValue, 400);
        assertThat(json(enumValue).get("errors").get(0).get("field").asText()).isEqualTo("severity");
        assertThat(json(enumValue).get("errors").get(0).get("message").asText()).contains("LOW, MEDIUM, HIGH, CRITICAL");

        HttpResponse<String> unknownBehaviour = post("investigator", "/api/v1/cases",
                good.replace("WASH_TRADING", "FRONT_RUNNING"));
        assertProblem(unknownBehaviour, 400);

        HttpResponse<String> alertWithoutId = post("investigator", "/api/v1/cases",
                good.replace("{\"kind\":\"MANUAL\"}", "{\"kind\":\"ALERT\"}"));
        assertProblem(alertWithoutId, 400);
        assertThat(json(alertWithoutId).get("errors").get(0).get("field").asText()).isEqualTo("source.alertId");

        HttpResponse<String> duplicateAccount = post("investigator", "/api/v1/cases",
                good.replace("[\"UID-100234\"]", "[\"UID-1\",\"UID-1\"]"));
        assertProblem(duplicateAccount, 400);
        assertThat(json(duplicateAccount).get("errors").get(0).get("field").asText()).isEqualTo("accounts");

        HttpResponse<String> unknownField = post("investigator", "/api/v1/cases", good.replace("\"summary\"",
                "\"colour\":\"red\",\"summary\""));
        assertProblem(unknownField, 400);

        // Nothing is coerced: a number is no text, an enum is not taken by its ordinal, a NUL byte is no text.
        HttpResponse<String> numberForText = post("investigator", "/api/v1/cases",
                good.replace("\"Volume spike after listing\"", "5"));
        assertProblem(numberForText, 400);
        HttpResponse<String> ordinal = post("investigator", "/api/v1/cases", good.replace("\"HIGH\"", "3"));
        assertProblem(ordinal, 400);
        HttpResponse<String> nul = post("investigator", "/api/v1/cases",
                good.replace("Volume spike after listing", "Volume\\u0000spike"));
        assertProblem(nul, 400);
        assertThat(json(nul).get("errors").get(0).get("field").asText()).isEqualTo("summary");
        assertThat(json(nul).get("errors").get(0).get("message").asText()).contains("control characters");

        assertProblem(post("investigator", "/api/v1/cases", good), 201);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void theListPagesByCursor() {
        String mm = unique("mm");
        for (int i = 0; i < 3; i++) {
            post("investigator", "/api/v1/cases", CaseFixtures.flagJson(mm, "CURUSDT", "SPOOFING", null));
        }
        await("three cases listed", () -> json(get("auditor", "/api/v1/cases?marketMaker=" + mm)).get("total")
                .asLong() == 3);
        JsonNode first = json(get("auditor", "/api/v1/cases?marketMaker=" + mm + "&limit=2"));
        assertThat(first.get("items")).hasSize(2);
        String cursor = first.get("nextCursor").asText();
        JsonNode second = json(get("auditor", "/api/v1/cases?marketMaker=" + mm + "&limit=2&after=" + cursor));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(second.get("items").get(0).get("caseId").asText())
                .isNotIn(first.get("items").get(0).get("caseId").asText(),
                        first.get("items").get(1).get("caseId").asText());
        HttpResponse<String> tampered = get("auditor", "/api/v1/cases?after=bm90LWEtY3Vyc29y");
        assertProblem(tampered, 400);
        assertThat(json(tampered).get("errors").get(0).get("field").asText()).isEqualTo("after");
        assertProblem(get("auditor", "/api/v1/cases?offset=5&after=" + cursor), 400);
        assertProblem(get("auditor", "/api/v1/cases?sort=REFERENCE&after=" + cursor), 400);
    }

    @Test
    void badListParametersAreProblems() {
        assertProblem(get("investigator", "/api/v1/cases?status=OPEN"), 400);
        assertProblem(get("investigator", "/api/v1/cases?limit=5000"), 400);
        assertProblem(get("investigator", "/api/v1/cases?offset=-1"), 400);
        assertProblem(get("investigator", "/api/v1/cases?sort=RANDOM"), 400);
        assertProblem(get("investigator", "/api/v1/cases/no-such-case"), 404);
        assertProblem(get("investigator", "/api/v1/cases/no-such-case/timeline"), 404);
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheRule() {
        String id = flagCase();
        HttpResponse<String> early = post("investigator", "/api/v1/cases/" + id + "/propose-closure",
                "{\"outcome\":\"NO_VIOLATION\",\"reason\":\"nothing\"}");
        assertProblem(early, 409);
        assertThat(json(early).get("code").asText()).isEqualTo("illegal-transition");
        HttpResponse<String> notInvestigator = post("supervisor", "/api/v1/cases/" + id + "/assign",
                "{\"investigator\":\"auditor\"}");
        assertProblem(notInvestigator, 409);
        assertThat(json(notInvestigator).get("code").asText()).isEqualTo("assignee-not-investigator");
    }

    @Test
    void theCatalogueListsEveryBehaviourWithTheEvidenceItNeeds() {
        HttpResponse<String> response = get("communications", "/api/v1/catalogue/behaviours");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode behaviours = json(response);
        assertThat(behaviours).hasSize(7);
        assertThat(behaviours).anySatisfy(b -> {
            assertThat(b.get("behaviour").asText()).isEqualTo("POST_LISTING_DUMP");
            assertThat(b.get("evidence").get(0).get("kind").asText()).isEqualTo("CONTRACT");
        });
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> docs = get(null, "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.has("/api/v1/cases")).isTrue();
        assertThat(paths.has("/api/v1/cases/{id}/approve-closure")).isTrue();
        assertThat(docs.body()).contains("WASH_TRADING").contains("REFERRED_TO_REGULATOR");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).get("status").asInt()).isEqualTo(status);
            assertThat(json(response).get("detail").asText()).isNotBlank();
        }
    }
}
