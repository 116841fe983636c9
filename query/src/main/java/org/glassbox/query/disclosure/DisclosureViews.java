package org.glassbox.query.disclosure;

import org.glassbox.api.disclosure.NoticeFacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The processing group whose projections feed the disclosure tab and the public registry. */
public final class DisclosureViews {
    public static final String PROCESSING_GROUP = "disclosure-views";
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private DisclosureViews() {
    }

    static String json(NoticeFacts facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static NoticeFacts facts(String json) {
        try {
            return JSON.readValue(json, NoticeFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
