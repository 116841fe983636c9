package org.glassbox.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.glassbox.ui.support.CaseFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Events land in PostgreSQL's event store with who, when, why and the correlation Axon sets. */
class EventStoreIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventCarriesItsActorRoleReasonAndCorrelation() throws Exception {
        var created = post("investigator", "/api/v1/cases",
                CaseFixtures.flagJson(unique("mm"), "GPSUSDT", "WASH_TRADING", null));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        assertThat(post("investigator", "/api/v1/cases/" + id + "/severity",
                "{\"severity\":\"CRITICAL\",\"reason\":\"Losses above $5M\"}").statusCode()).isEqualTo(204);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT payload_type, payload_revision, time_stamp, sequence_number, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", id);
        assertThat(rows).extracting(r -> r.get("payload_type"))
                .containsExactly("org.glassbox.api.cases.CaseFlagged", "org.glassbox.api.cases.SeverityChanged");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("payload_revision")).isEqualTo("1"));
        assertThat(rows).allSatisfy(r -> assertThat((String) r.get("time_stamp")).startsWith("20"));

        JsonNode flagged = metadata(rows.get(0));
        assertThat(flagged.get("userId").asText()).isEqualTo("investigator");
        assertThat(flagged.get("userRoles").asText()).isEqualTo("INVESTIGATOR");
        assertThat(flagged.get("correlationId").asText()).isNotBlank();
        assertThat(flagged.get("traceId").asText()).isNotBlank();
        assertThat(flagged.has("reason")).as("flagging asks for no reason").isFalse();

        JsonNode changed = metadata(rows.get(1));
        assertThat(changed.get("reason").asText()).isEqualTo("Losses above $5M");
        assertThat(changed.get("userId").asText()).isEqualTo("investigator");
        assertThat(changed.get("traceId").asText()).isNotEqualTo(flagged.get("traceId").asText());
    }

    private static JsonNode metadata(Map<String, Object> row) throws Exception {
        return JSON.readTree(new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8));
    }
}
