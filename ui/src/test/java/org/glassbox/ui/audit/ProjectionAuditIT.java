package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.query.projections.ProjectionRebuild;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every read model rebuilt from the events into a shadow schema equals the live one, and a doctored live row shows. */
class ProjectionAuditIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EvidenceIntake intake;
    @Autowired
    ProjectionRebuild rebuild;

    private JsonNode audit() throws Exception {
        HttpResponse<String> response = post("auditor", "/api/v1/audit/projections", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode auditWhenQuiet() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            await("the read models have caught up", rebuild::caughtUp);
            JsonNode report = audit();
            if (!report.get("liveMovedOn").asBoolean()) {
                return report;
            }
        }
        throw new AssertionError("events kept arriving during the audit");
    }

    @Test
    void theReadModelsRebuiltFromTheEventsEqualTheLiveOnesAfterARealisticWorkload() throws Exception {
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        await("the freeze is executed", () -> recorded(c.freezeId(), "AccountFreezeExecuted"));
        String draft = JSON.readTree(post("investigator", "/api/v1/cases/" + c.caseId() + "/disclosures",
                "{\"period\":\"March 2026\",\"offboarded\":true}").body()).get("id").asText();
        post("investigator", "/api/v1/disclosures/" + draft + "/submit", null);
        post("supervisor", "/api/v1/disclosures/" + draft + "/approve", "{}");
        post("communications", "/api/v1/disclosures/" + draft + "/publish", null);

        JsonNode report = auditWhenQuiet();
        assertThat(report.get("eventsReplayed").asLong()).isGreaterThan(50);
        for (JsonNode table : report.get("tables")) {
            assertThat(table.get("rebuilt").asText()).as(table.get("table").asText() + " " + table)
                    .isEqualTo(table.get("live").asText());
        }
        assertThat(report.get("tables").findValuesAsText("table")).contains("case_view", "public_notice",
                "account_freeze_view");

        String before = jdbc.queryForObject("SELECT severity FROM case_view WHERE case_id = ?", String.class, c.caseId());
        jdbc.update("UPDATE case_view SET severity = 'LOW' WHERE case_id = ?", c.caseId());
        try {
            JsonNode doctored = auditWhenQuiet();
            assertThat(doctored.findParents("table").stream()
                    .filter(t -> !t.get("live").asText().equals(t.get("rebuilt").asText()))
                    .map(t -> t.get("table").asText())).containsExactly("case_view");
        } finally {
            jdbc.update("UPDATE case_view SET severity = ? WHERE case_id = ?", before, c.caseId());
        }
    }

    @Test
    void onlyAuditorsAuditTheReadModels() {
        assertOnlyAllowedRolesGetThrough("POST", "/api/v1/audit/projections", Set.of("auditor"));
    }
}
