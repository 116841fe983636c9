package org.glassbox.analysis.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A result as the public may see it: the same document with every account id masked to its last four
 * characters ({@code ****0234}, as notices print them), so that a cited result can be downloaded by
 * anyone without naming the exchange's clients. It has a digest of its own; the unmasked result stays
 * for staff and auditors.
 */
public final class PublicResult {
    private PublicResult() {
    }

    public static ObjectNode of(ObjectNode result) {
        ObjectNode copy = result.deepCopy();
        mask(copy);
        return copy;
    }

    public static String mask(String account) {
        return "****" + (account.length() <= 4 ? account : account.substring(account.length() - 4));
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                if (e.getKey().equals("account") && e.getValue().isTextual()) {
                    e.setValue(object.textNode(mask(e.getValue().asText())));
                } else if (e.getKey().equals("accounts") && e.getValue() instanceof ArrayNode accounts) {
                    for (int i = 0; i < accounts.size(); i++) {
                        accounts.set(i, accounts.get(i).isTextual()
                                ? object.textNode(mask(accounts.get(i).asText())) : accounts.get(i));
                    }
                } else {
                    mask(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(PublicResult::mask);
        }
    }
}
