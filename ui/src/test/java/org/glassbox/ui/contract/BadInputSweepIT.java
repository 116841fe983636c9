package org.glassbox.ui.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.glassbox.api.freeze.Urgency;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the OpenAPI document and sends every operation that takes input the inputs a careless or
 * hostile client sends: malformed JSON, wrong types, nulls, missing fields, unknown enum values and
 * ordinals, oversized strings and arrays, huge and negative numbers, control characters, deep nesting,
 * the wrong content type, ids that are empty or not ids. Every POST answer must be a 4xx problem+json,
 * no answer a 5xx, and no event may be stored. Real ids are used where an operation names a case,
 * freeze or evidence item, so a bad body meets a real aggregate, not a 404.
 */
class BadInputSweepIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USERS = List.of("investigator", "supervisor", "communications", "auditor", "admin");
    private static final String MISSING = UUID.randomUUID().toString();

    private JsonNode api;
    private final Map<Integer, Integer> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private String lastBody;

    @Test
    void everyOperationAnswersEveryBadInputWithA4xxProblemAndStoresNothing() throws Exception {
        api = JSON.readTree(get(null, "/v3/api-docs").body());
        String account = FreezeFixtures.account();
        String caseId = caseUnderInvestigation(account);
        String freezeId = FreezeFixtures.requestFreeze(commands, staff, "investigator", caseId, Urgency.ROUTINE, account);
        var upload = multipart("investigator", "/api/v1/cases/" + caseId + "/evidence", Map.of("kind", "COMMUNICATION",
                "title", "Chat export", "sourceSystem", "chat", "collectedBy", "investigator",
                "collectedAt", "2026-11-01T10:00:00Z", "confidentiality", "INTERNAL"), "chat.txt", "text/plain",
                ("chat " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(201);
        String itemId = JSON.readTree(upload.body()).get(0).get("itemId").asText();
        Map<String, String> ids = Map.of("caseId", caseId, "id", caseId, "freezeId", freezeId, "itemId", itemId);
        awaitQuiet();
        long maxEvent = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);

        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                var op = ops.next();
                sweep(path.getKey(), op.getKey().toUpperCase(), op.getValue(), ids);
            }
        }

        awaitQuiet();
        List<String> stored = jdbc.queryForList("""
                SELECT payload_type || ' on ' || aggregate_identifier FROM domain_event_entry
                WHERE global_index > ? AND (aggregate_identifier IN (?, ?, ?) OR sequence_number = 0)""",
                String.class, maxEvent, caseId, freezeId, itemId);
        System.out.printf("Bad-input sweep: %d requests to %d operations; outcomes %s; 5xx %d; events stored %d%n",
                sent, operations(), outcomes, outcomes.entrySet().stream().filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue).sum(), stored.size());
        stored.forEach(e -> System.out.println("Stored by the sweep: " + e));
        assertThat(failures).as("answers that were not a 4xx problem+json").isEmpty();
        assertThat(stored).as("events stored by bad input").isEmpty();
        assertThat(sent).isGreaterThan(1000);
    }

    private int operations() {
        int n = 0;
        for (JsonNode path : api.get("paths")) {
            n += path.size();
        }
        return n;
    }

    private void sweep(String template, String method, JsonNode op, Map<String, String> ids) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        JsonNode body = op.path("requestBody").path("content");
        boolean json = body.has("application/json");
        boolean multipart = body.has("multipart/form-data");
        if (parameters.isEmpty() && body.isMissingNode()) {
            return; // nothing a client can get wrong (and some of these, such as a rebuild, must not be fired)
        }
        String user = allowedUser(template, method, ids);
        if (user == null) {
            return;
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            if ("path".equals(p.get("in").asText())) {
                pathValues.put(p.get("name").asText(), ids.getOrDefault(p.get("name").asText(), MISSING));
            } else if ("query".equals(p.get("in").asText())) {
                query.put(p.get("name").asText(), p);
            }
        }
        String real = fill(template, pathValues);
        boolean mustRefuse = "POST".equals(method);
        // Ids that are no ids: each path parameter in turn.
        for (String name : pathValues.keySet()) {
            for (String bad : List.of("not-an-id", "a".repeat(300), "%20", "%00", "..%2F..", "%E2%80%AE")) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(name, bad);
                String url = fill(template, values);
                if ("GET".equals(method)) {
                    check(method, url, send(user, method, url, null, null), true);
                } else if (json) {
                    check(method, url, send(user, method, url, "application/json", validBody(op).toString()), true);
                } else {
                    check(method, url, send(user, method, url, null, null), true);
                }
            }
        }
        // Query parameters with values no one should send: each bad for its type, so none is a legitimate
        // request (some GETs record that they were made, such as a download of evidence bytes).
        for (var entry : query.entrySet()) {
            JsonNode schema = resolve(entry.getValue().path("schema"));
            List<String> bad = new ArrayList<>(List.of("%00", "a%1Bb", enc("x".repeat(5000))));
            if (schema.has("enum")) {
                bad.addAll(List.of("NOT_A_VALUE", "0"));
            }
            switch (schema.path("type").asText()) {
                case "integer" -> bad.addAll(List.of("abc", "99999999999999999999", "1.5", "-1"));
                case "boolean" -> bad.addAll(List.of("maybe", "2"));
                default -> {
                    if ("date-time".equals(schema.path("format").asText())) {
                        bad.addAll(List.of("2020-13-45T99:99:99Z", "yesterday"));
                    }
                }
            }
            for (String value : bad) {
                String url = real + "?" + entry.getKey() + "=" + value;
                var response = "GET".equals(method) ? send(user, method, url, null, null)
                        : json ? send(user, method, url, "application/json", validBody(op).toString())
                        : send(user, method, url, null, null);
                check(method, url, response, !"GET".equals(method) || !"-1".equals(value));
            }
        }
        if (json) {
            boolean bodyRequired = op.path("requestBody").path("required").asBoolean(false);
            for (String raw : List.of("{not json", bodyRequired ? "" : "{not json", bodyRequired ? "null" : "[[]]", "[]", "\"text\"", "1", "{\"a\":" + "[".repeat(3000)
                    + "]".repeat(3000) + "}", "{\"sweepUnknownField\":1}")) {
                check(method, real, send(user, method, real, "application/json", raw), true);
            }
            check(method, real, send(user, method, real, "text/plain", validBody(op).toString()), true);
            for (String mutated : mutations(op)) {
                check(method, real, send(user, method, real, "application/json", mutated), mustRefuse);
            }
        }
        if (multipart) {
            check(method, real, send(user, method, real, "application/json", "{}"), true);
            check(method, real, send(user, method, real, null, null), true);
            for (Map<String, String> fields : multipartMutations(op)) {
                lastBody = fields.toString();
                check(method, real, multipart(user, real, fields, fields.containsKey("__nofile") ? null : "a.txt",
                        "text/plain", ("sweep " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), true);
            }
        }
    }

    /** The first demo user whose role may use the operation (a 403 answer means: not this one). */
    private String allowedUser(String template, String method, Map<String, String> ids) {
        String url = fill(template, Map.of()).replaceAll("\\{[^}]+}", MISSING);
        for (String user : USERS) {
            var response = send(user, method, url, "application/json", "{not json");
            if (response.statusCode() != 403) {
                return user;
            }
        }
        return null;
    }

    private void check(String method, String url, HttpResponse<String> response, boolean mustBe4xx) {
        sent++;
        int status = response.statusCode();
        outcomes.merge(status, 1, Integer::sum);
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean problem = type.startsWith("application/problem+json");
        if (status >= 500 || (status >= 400 && !problem) || (mustBe4xx && status < 400)) {
            failures.add(status + " " + method + " " + abbreviate(url) + " " + abbreviate(lastBody) + " -> "
                    + abbreviate(response.body()));
        }
    }

    private List<String> mutations(JsonNode op) {
        JsonNode schema = resolve(op.path("requestBody").path("content").path("application/json").path("schema"));
        List<String> bodies = new ArrayList<>();
        ObjectNode valid = validBody(op);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            var property = it.next();
            String name = property.getKey();
            JsonNode type = resolve(property.getValue());
            for (Object bad : badValues(type, required.contains(name))) {
                ObjectNode body = valid.deepCopy();
                body.set(name, JSON.valueToTree(bad));
                bodies.add(body.toString());
            }
            if (type.has("type") && ("integer".equals(type.get("type").asText())
                    || "number".equals(type.get("type").asText()))) {
                bodies.add(valid.toString().replaceFirst("\"" + name + "\":[^,}]+", "\"" + name + "\":1e400"));
            }
            if (required.contains(name)) {
                ObjectNode missing = valid.deepCopy();
                missing.remove(name);
                bodies.add(missing.toString());
            }
        }
        return bodies;
    }

    private static List<Object> badValues(JsonNode type, boolean required) {
        List<Object> values = new ArrayList<>();
        if (required) {
            values.add(null);
        }
        String kind = type.path("type").asText(type.has("properties") ? "object" : "");
        if (type.has("enum")) {
            values.addAll(List.of("NOT_A_VALUE", 0, 3, type.get("enum").get(0).asText().toLowerCase() + "x"));
            return values;
        }
        switch (kind) {
            case "string" -> values.addAll(List.of(12345, true, Map.of(), List.of(), "a\u0000b", "a\u001b[31mb",
                    "x".repeat(100_000)));
            case "integer" -> values.addAll(List.of("12", "twelve", true, 1.5, new java.math.BigInteger("9".repeat(40)),
                    Long.MIN_VALUE));
            case "number" -> values.addAll(List.of("twelve", true, List.of()));
            case "boolean" -> values.addAll(List.of("true", 1, "yes"));
            case "array" -> {
                values.addAll(List.of("x", Map.of(), java.util.Collections.nCopies(10_000, "x"),
                        java.util.Arrays.asList((Object) null)));
            }
            case "object" -> values.addAll(List.of("x", 1, List.of()));
            default -> values.add(List.of(List.of()));
        }
        return values;
    }

    private List<Map<String, String>> multipartMutations(JsonNode op) {
        JsonNode schema = resolve(op.path("requestBody").path("content").path("multipart/form-data").path("schema"));
        Map<String, String> valid = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            var property = it.next();
            if (!"file".equals(property.getKey())) {
                JsonNode sample = sample(resolve(property.getValue()), 0);
                valid.put(property.getKey(), sample.isTextual() ? sample.asText() : sample.toString());
            }
        }
        List<Map<String, String>> all = new ArrayList<>();
        for (String name : valid.keySet()) {
            for (String bad : List.of("", "a\u0000b", "NOT_A_VALUE", "3", "x".repeat(100_000), "2026-13-45")) {
                Map<String, String> fields = new LinkedHashMap<>(valid);
                fields.put(name, bad);
                if (!isFreeText(name) || bad.isEmpty() || bad.contains("\u0000") || bad.length() > 1000) {
                    all.add(fields);
                }
            }
        }
        Map<String, String> noFile = new LinkedHashMap<>(valid);
        noFile.put("__nofile", "x");
        all.add(noFile);
        return all;
    }

    private static boolean isFreeText(String name) {
        return List.of("title", "description", "sourceSystem", "collectedBy").contains(name);
    }

    private ObjectNode validBody(JsonNode op) {
        JsonNode schema = resolve(op.path("requestBody").path("content").path("application/json").path("schema"));
        JsonNode sample = sample(schema, 0);
        return sample instanceof ObjectNode object ? object : JSON.createObjectNode();
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode node = JSON.createObjectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> node.set(p.getKey(),
                            sample(p.getValue(), depth + 1)));
                }
                return node;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                array.add(sample(schema.path("items"), depth + 1));
                return array;
            }
            case "integer", "number" -> {
                return JSON.getNodeFactory().numberNode(1);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(false);
            }
            default -> {
                return JSON.getNodeFactory().textNode("date-time".equals(schema.path("format").asText())
                        ? "2026-01-01T00:00:00Z" : "sweep");
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return api.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private static String fill(String template, Map<String, String> values) {
        String url = template;
        for (var v : values.entrySet()) {
            url = url.replace("{" + v.getKey() + "}", v.getValue());
        }
        return url;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 240 ? s.substring(0, 240) + "..." : s;
    }

    private HttpResponse<String> send(String user, String method, String url, String contentType, String body) {
        lastBody = body;
        var request = HttpRequest.newBuilder(uri(url)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(user, request);
    }

    /** Waits until no event has been appended for a second (work other tests started has settled). */
    private void awaitQuiet() throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 60; i++) {
            long now = eventCount();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(1000);
        }
    }
}
