package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;

import org.glassbox.api.cases.ClosureOutcome;
import org.glassbox.api.cases.ProposeClosure;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scripted case (flag, evidence, finding, freeze, notice, closure) replayed from the event store:
 * hand-checked states at points of its history, and the end state equal to the live read models.
 */
class CaseReplayIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EvidenceIntake intake;

    private JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode stateAt(String caseId, String query) throws Exception {
        return json(get("auditor", "/api/v1/audit/cases/" + caseId + "/state" + query));
    }

    @Test
    void aCaseIsReplayedFromItsEventsToAnyPointAndEndsWhereTheScreensAre() throws Exception {
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        await("the freeze is executed", () -> recorded(c.freezeId(), "AccountFreezeExecuted"));
        Instant beforeNotice = Instant.now();
        Thread.sleep(5);
        HttpResponse<String> drafted = post("investigator", "/api/v1/cases/" + c.caseId() + "/disclosures",
                "{\"period\":\"March 2026\",\"offboarded\":true}");
        await("the draft shows", () -> get("auditor", "/api/v1/cases/" + c.caseId() + "/disclosures").body()
                .contains("DRAFT"));
        String disclosureId = JSON.readTree(drafted.body()).get("id").asText();
        post("investigator", "/api/v1/disclosures/" + disclosureId + "/submit", null);
        post("supervisor", "/api/v1/disclosures/" + disclosureId + "/approve", "{}");
        post("communications", "/api/v1/disclosures/" + disclosureId + "/publish", null);
        as("investigator", new ProposeClosure(c.caseId(), ClosureOutcome.SANCTIONED, "offboard"));
        post("supervisor2", "/api/v1/cases/" + c.caseId() + "/approve-closure", "{}");

        JsonNode first = stateAt(c.caseId(), "?events=1");
        assertThat(first.get("status").asText()).isEqualTo("FLAGGED");
        assertThat(first.get("assignee").isNull()).isTrue();
        assertThat(first.get("allegations").get("POST_LISTING_DUMP").asText()).isEqualTo("SUSPECTED");
        assertThat(first.get("evidence").size()).isZero();
        assertThat(first.get("lastEvent").get("type").asText()).isEqualTo("CaseFlagged");
        assertThat(first.get("lastEvent").get("actor").asText()).isEqualTo("investigator");
        assertThat(first.get("history").findValuesAsText("type")).contains("AllegationSubstantiated");
        assertThat(first.get("history").findParents("type").stream()
                .filter(h -> h.get("type").asText().equals("AllegationSubstantiated")).findFirst().orElseThrow()
                .get("reason").asText()).as("the reason given, from the event's metadata").isEqualTo("sold after listing");

        JsonNode third = stateAt(c.caseId(), "?events=3");
        assertThat(third.get("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(third.get("assignee").asText()).isEqualTo("investigator");

        JsonNode beforeTheNotice = stateAt(c.caseId(), "?asOf=" + beforeNotice);
        assertThat(beforeTheNotice.get("status").asText()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(beforeTheNotice.get("allegations").get("POST_LISTING_DUMP").asText()).isEqualTo("SUBSTANTIATED");
        assertThat(beforeTheNotice.get("evidence").findValuesAsText("state")).containsExactlyInAnyOrder("INTERNAL",
                "DISCLOSABLE");
        assertThat(beforeTheNotice.get("freezes").get(0).get("state").asText()).isEqualTo("EXECUTED");
        assertThat(beforeTheNotice.get("disclosures").size()).isZero();

        await("the closure shows", () -> get("auditor", "/api/v1/cases/" + c.caseId()).body()
                .contains("\"status\":\"CLOSED\""));
        JsonNode end = stateAt(c.caseId(), "");
        JsonNode live = json(get("auditor", "/api/v1/cases/" + c.caseId()));
        assertThat(end.get("eventsApplied").asInt()).isEqualTo(end.get("eventsInHistory").asInt());
        assertThat(end.get("status").asText()).isEqualTo(live.get("status").asText()).isEqualTo("CLOSED");
        assertThat(end.get("assignee").asText()).isEqualTo(live.get("assignee").asText());
        assertThat(end.get("severity").asText()).isEqualTo(live.get("severity").asText());
        for (JsonNode allegation : live.get("allegations")) {
            assertThat(end.get("allegations").get(allegation.get("behaviour").asText()).asText())
                    .isEqualTo(allegation.get("status").asText());
        }
        JsonNode liveFreezes = json(get("auditor", "/api/v1/cases/" + c.caseId() + "/freezes"));
        assertThat(end.get("freezes").findValuesAsText("state"))
                .containsExactlyInAnyOrderElementsOf(liveFreezes.findValuesAsText("status"));
        JsonNode liveEvidence = json(get("auditor", "/api/v1/cases/" + c.caseId() + "/evidence"));
        assertThat(end.get("evidence").size()).isEqualTo(liveEvidence.size());
        await("the notice shows published", () -> get("auditor", "/api/v1/cases/" + c.caseId() + "/disclosures")
                .body().contains("PUBLISHED"));
        JsonNode liveNotices = json(get("auditor", "/api/v1/cases/" + c.caseId() + "/disclosures"));
        assertThat(end.get("disclosures").findValuesAsText("state"))
                .containsExactlyInAnyOrderElementsOf(liveNotices.findValuesAsText("status"));
    }

    @Test
    void onlyAuditorsReplayAndAnUnknownCaseIsNotFound() {
        assertThat(get("auditor", "/api/v1/audit/cases/no-such-case/state").statusCode()).isEqualTo(404);
        assertThat(get("auditor", "/api/v1/audit/cases/" + java.util.UUID.randomUUID() + "/state?asOf=yesterday").statusCode()).isEqualTo(400);
        assertOnlyAllowedRolesGetThrough("GET", "/api/v1/audit/cases/x/state", Set.of("auditor"));
    }
}
