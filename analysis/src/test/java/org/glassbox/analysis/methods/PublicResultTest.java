package org.glassbox.analysis.methods;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PublicResultTest {
    @Test
    void everyAccountListIsMaskedAndNothingElseChanges() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode result = (ObjectNode) json.readTree("{\"accounts\":[\"UID-100234\",\"UID-100235\"],\"soldQty\":\"7\","
                + "\"cycles\":[{\"accounts\":[\"UID-200001\",\"A1\"],\"tradeIds\":[\"1\",\"2\"]}]}");
        ObjectNode published = PublicResult.of(result);
        assertThat(published.toString()).isEqualTo("{\"accounts\":[\"****0234\",\"****0235\"],\"soldQty\":\"7\","
                + "\"cycles\":[{\"accounts\":[\"****0001\",\"****A1\"],\"tradeIds\":[\"1\",\"2\"]}]}");
        assertThat(result.get("accounts").get(0).asText()).as("the result itself is untouched").isEqualTo("UID-100234");
    }

    @Test
    void anEpisodesAccountAndTheKpiTermsAccountsAreMaskedToo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode result = (ObjectNode) json.readTree("{\"episodes\":[{\"account\":\"UID-100235\",\"fillTradeId\":\"9\"}],"
                + "\"terms\":{\"accounts\":[\"UID-100234\"],\"symbol\":\"GPSUSDT\"}}");
        assertThat(PublicResult.of(result).toString()).isEqualTo("{\"episodes\":[{\"account\":\"****0235\","
                + "\"fillTradeId\":\"9\"}],\"terms\":{\"accounts\":[\"****0234\"],\"symbol\":\"GPSUSDT\"}}");
    }
}
