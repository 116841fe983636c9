package org.glassbox.ui.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.glassbox.simulator.ExchangeAccountSimulator;
import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.glassbox.ui.support.TestCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The freeze API as other systems use it, against the simulated account system over real HTTP. */
class FreezeApiIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READERS = Set.of("investigator", "supervisor", "auditor");
    private static final Set<String> WORKERS = Set.of("investigator", "supervisor");
    private static final Set<String> SUPERVISORS = Set.of("supervisor");

    @Autowired
    ExchangeAccountSimulator exchange;

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static String account() {
        return FreezeFixtures.account();
    }

    /** A case under investigation by "investigator", about the given accounts. */
    private String openCase(String... accounts) {
        HttpResponse<String> created = post("investigator", "/api/v1/cases", """
                {"marketMaker":{"id":"%s","name":"Freeze Capital"},"accounts":%s,"symbols":["GPSUSDT"],
                 "behaviours":["POST_LISTING_DUMP"],"summary":"70M GPS sold after listing","severity":"CRITICAL",
                 "source":{"kind":"MANUAL"}}""".formatted(unique("mm"), quoted(accounts)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(post("supervisor", "/api/v1/cases/" + id + "/assign", "{\"investigator\":\"investigator\"}")
                .statusCode()).isEqualTo(204);
        assertThat(post("investigator", "/api/v1/cases/" + id + "/start-investigation", null).statusCode())
                .isEqualTo(204);
        return id;
    }

    private static String quoted(String... values) {
        return Stream.of(values).map(v -> "\"" + v + "\"").toList().toString();
    }

    private static String requestJson(String scope, String... accounts) {
        return """
                {"accounts":%s,"scope":"%s","amounts":[{"asset":"USDT","amount":"5000000.50"}],
                 "justification":"Proceeds of the GPS dump","urgency":"ROUTINE","reviewBy":"%s"}"""
                .formatted(quoted(accounts), scope, Instant.now().plus(30, ChronoUnit.DAYS));
    }

    private long eventsAbout(String... ids) {
        return TestCommands.eventsAbout(jdbc, ids);
    }

    private String requestFreeze(String user, String caseId, String scope, String... accounts) {
        HttpResponse<String> created = post(user, "/api/v1/cases/" + caseId + "/freezes", requestJson(scope, accounts));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/freezes/" + id);
        return id;
    }

    private JsonNode awaitFreeze(String freezeId, String status) {
        JsonNode[] last = new JsonNode[1];
        await(freezeId + " is " + status, () -> {
            HttpResponse<String> r = get("auditor", "/api/v1/freezes/" + freezeId);
            last[0] = r.statusCode() == 200 ? json(r) : null;
            return last[0] != null && status.equals(last[0].get("freeze").get("status").asText());
        });
        return last[0];
    }

    private JsonNode accountStatus(String account) {
        HttpResponse<String> r = get("investigator", "/api/v1/accounts/" + account + "/freeze-status");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    private void lift(String freezeId) {
        assertThat(post("investigator", "/api/v1/freezes/" + freezeId + "/request-lift",
                "{\"reason\":\"Users compensated\"}").statusCode()).isEqualTo(204);
        assertThat(post("supervisor", "/api/v1/freezes/" + freezeId + "/approve-lift", "{}").statusCode())
                .isEqualTo(204);
    }

    /** A freeze the account system refused (escalated at once), approved by "supervisor"; answers its id. */
    private String escalatedFreeze(String account) {
        String caseId = openCase(account);
        exchange.failNext(1, 422);
        String freezeId = requestFreeze("investigator", caseId, "FULL", account);
        assertThat(post("supervisor", "/api/v1/freezes/" + freezeId + "/approve", "{}").statusCode()).isEqualTo(204);
        await(freezeId + " is escalated", () -> {
            HttpResponse<String> r = get("auditor", "/api/v1/freezes/" + freezeId);
            return r.statusCode() == 200 && json(r).get("freeze").get("escalated").asBoolean();
        });
        return freezeId;
    }

    @Test
    void anEscalatedFreezeIsTriedAgainNowByASupervisorWhoDidNotAskForIt() {
        String account = account();
        String freezeId = escalatedFreeze(account);
        String retry = "/api/v1/freezes/" + freezeId + "/retry";
        assertOnlyAllowedRolesGetThrough("POST", retry, SUPERVISORS);
        long before = eventsAbout(freezeId);
        for (String bad : new String[] {"{}", "{\"reason\":\"\"}", "{\"reason\":7}", "{not json", ""}) {
            HttpResponse<String> refused = post("supervisor", retry, bad);
            assertThat(refused.statusCode()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(post("supervisor", "/api/v1/freezes/" + java.util.UUID.randomUUID() + "/retry",
                "{\"reason\":\"back\"}").statusCode()).isEqualTo(404);
        assertThat(eventsAbout(freezeId)).as("nothing stored").isEqualTo(before);

        assertThat(post("supervisor", retry, "{\"reason\":\"The account system is back\"}").statusCode())
                .isEqualTo(204);
        JsonNode executed = awaitFreeze(freezeId, "EXECUTED");
        assertThat(executed.get("freeze").get("escalated").asBoolean()).isFalse();
        assertThat(executed.get("history").findValuesAsText("what"))
                .anyMatch(w -> w.equals("Had the freeze tried again now: The account system is back"));
        assertThat(exchange.applied(freezeId)).isEqualTo(1);
        HttpResponse<String> again = post("supervisor", retry, "{\"reason\":\"once more\"}");
        assertThat(again.statusCode()).as("an executed freeze is not escalated").isEqualTo(409);
    }

    @Test
    void anEscalatedFreezeIsWithdrawnWithASecondSupervisorAndNeverReachesTheAccount() {
        String account = account();
        String freezeId = escalatedFreeze(account);
        assertThat(post("investigator", "/api/v1/freezes/" + freezeId + "/request-lift",
                "{\"reason\":\"The exchange closed the account\"}").statusCode()).isEqualTo(204);
        JsonNode asked = awaitFreeze(freezeId, "LIFT_REQUESTED");
        assertThat(asked.get("history").findValuesAsText("what")).anyMatch(w -> w.equals(
                "Asked to withdraw the freeze, which the account system never carried out: The exchange closed the account"));
        assertThat(get("supervisor", "/api/v1/approvals").body()).contains(freezeId);
        assertThat(post("investigator", "/api/v1/freezes/" + freezeId + "/approve-lift", "{}").statusCode())
                .isEqualTo(403);
        assertThat(post("supervisor", "/api/v1/freezes/" + freezeId + "/approve-lift", "{}").statusCode())
                .isEqualTo(204);
        JsonNode withdrawn = awaitFreeze(freezeId, "LIFTED");
        assertThat(withdrawn.get("history").findValuesAsText("what")).contains("Approved the withdrawal")
                .anyMatch(w -> w.startsWith("The holds are released"))
                .as("times in words, not ISO").noneMatch(w -> w.matches(".*\\d{4}-\\d\\d-\\d\\dT\\d\\d:.*"))
                .anyMatch(w -> w.matches(".*review by \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC.*"));
        assertThat(exchange.applied(freezeId)).as("never frozen").isZero();
        await("the account is free", () -> !accountStatus(account).get("frozen").asBoolean());
    }

    @Test
    void aFreezeIsRequestedApprovedExecutedReviewedAndLiftedThroughTheApi() {
        String account = account();
        String caseId = openCase(account);
        String freezeId = requestFreeze("investigator", caseId, "FULL", account);

        JsonNode requested = awaitFreeze(freezeId, "REQUESTED").get("freeze");
        assertThat(requested.get("requestedBy").asText()).isEqualTo("investigator");
        assertThat(requested.get("amounts").get(0).get("amount").decimalValue()).isEqualByComparingTo("5000000.50");
        assertThat(get("supervisor", "/api/v1/approvals").body()).contains(freezeId);

        assertThat(post("supervisor", "/api/v1/freezes/" + freezeId + "/approve", "{\"reason\":\"proportionate\"}")
                .statusCode()).isEqualTo(204);
        JsonNode executed = awaitFreeze(freezeId, "EXECUTED");
        assertThat(executed.get("freeze").get("confirmation").asText()).startsWith("ACS-");
        assertThat(executed.get("freeze").get("decidedBy").asText()).isEqualTo("supervisor");
        assertThat(exchange.applied(freezeId)).isEqualTo(1);

        JsonNode status = accountStatus(account);
        assertThat(status.get("frozen").asBoolean()).isTrue();
        assertThat(status.get("effectiveScope").asText()).isEqualTo("FULL");
        assertThat(status.get("frozenSince").isNull()).isFalse();
        assertThat(status.get("holds").get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(status.get("holds").get(0).get("caseReference").asText()).startsWith("GBX-");

        String later = Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(post("supervisor", "/api/v1/freezes/" + freezeId + "/review",
                "{\"nextReviewBy\":\"" + later + "\",\"reason\":\"compensation pending\"}").statusCode())
                .isEqualTo(204);
        lift(freezeId);
        JsonNode lifted = awaitFreeze(freezeId, "LIFTED");
        assertThat(lifted.get("freeze").get("reviewBy").asText()).isEqualTo(later);
        assertThat(lifted.get("history").findValuesAsText("what")).anyMatch(w -> w.startsWith("Requested a routine full"))
                .anyMatch(w -> w.startsWith("Approved the freeze: proportionate"))
                .anyMatch(w -> w.startsWith("Reviewed and kept until"))
                .anyMatch(w -> w.startsWith("The account system lifted the freeze"));
        await("the account is free", () -> !accountStatus(account).get("frozen").asBoolean());
        assertThat(exchange.frozenScope(account)).isNull();
    }

    @Test
    void theRequesterCannotApproveTheirOwnFreezeAndNothingIsStored() {
        String account = account();
        String freezeId = requestFreeze("supervisor", openCase(account), "TRADING", account);
        long before = eventsAbout(freezeId, account);
        HttpResponse<String> own = post("supervisor", "/api/v1/freezes/" + freezeId + "/approve", "{}");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(json(own).get("detail").asText()).contains("asked for this");
        assertThat(eventsAbout(freezeId, account)).isEqualTo(before);
        assertThat(post("supervisor2", "/api/v1/freezes/" + freezeId + "/approve", "{}").statusCode()).isEqualTo(204);
        awaitFreeze(freezeId, "EXECUTED");
    }

    @Test
    void aRejectedFreezeNeverReachesTheAccountSystem() {
        String account = account();
        String freezeId = requestFreeze("investigator", openCase(account), "FULL", account);
        HttpResponse<String> noReason = post("supervisor", "/api/v1/freezes/" + freezeId + "/reject", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(post("supervisor", "/api/v1/freezes/" + freezeId + "/reject", "{\"reason\":\"not proportionate\"}")
                .statusCode()).isEqualTo(204);
        JsonNode rejected = awaitFreeze(freezeId, "REJECTED");
        assertThat(rejected.get("freeze").get("decisionReason").asText()).isEqualTo("not proportionate");
        assertThat(exchange.received(freezeId)).isZero();
        assertThat(accountStatus(account).get("frozen").asBoolean()).isFalse();
    }

    static Stream<Arguments> badRequests() {
        String review = Instant.now().plus(30, ChronoUnit.DAYS).toString();
        String base = "\"scope\":\"FULL\",\"justification\":\"j\",\"urgency\":\"ROUTINE\",\"reviewBy\":\"" + review + "\"";
        return Stream.of(
                Arguments.of("account id not in the exchange's format", "{\"accounts\":[\"100234\"]," + base + "}",
                        400, "accounts"),
                Arguments.of("empty account list", "{\"accounts\":[]," + base + "}", 400, "accounts"),
                Arguments.of("negative amount", "{\"accounts\":[\"ACCOUNT\"],\"amounts\":[{\"asset\":\"USDT\","
                        + "\"amount\":\"-5\"}]," + base + "}", 400, "amounts"),
                Arguments.of("too many decimals", "{\"accounts\":[\"ACCOUNT\"],\"amounts\":[{\"asset\":\"USDT\","
                        + "\"amount\":\"0.1234567890123456789\"}]," + base + "}", 400, "amounts"),
                Arguments.of("unknown scope", "{\"accounts\":[\"ACCOUNT\"],\"scope\":\"EVERYTHING\","
                        + "\"justification\":\"j\",\"urgency\":\"ROUTINE\",\"reviewBy\":\"" + review + "\"}", 400,
                        "scope"),
                Arguments.of("no justification", "{\"accounts\":[\"ACCOUNT\"],\"scope\":\"FULL\","
                        + "\"urgency\":\"ROUTINE\",\"reviewBy\":\"" + review + "\"}", 400, "justification"),
                Arguments.of("review deadline in the past", "{\"accounts\":[\"ACCOUNT\"],\"scope\":\"FULL\","
                        + "\"justification\":\"j\",\"urgency\":\"ROUTINE\",\"reviewBy\":\"2020-01-01T00:00:00Z\"}", 400,
                        "reviewBy"),
                Arguments.of("an account the case is not about", "{\"accounts\":[\"UID-999999999999\"]," + base + "}",
                        409, "account-not-in-case"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsRefusedClearlyAndNothingIsStored(String what, String body, int status, String names) {
        String account = account();
        String caseId = openCase(account);
        long before = eventsAbout(caseId, account);
        HttpResponse<String> refused = post("investigator", "/api/v1/cases/" + caseId + "/freezes",
                body.replace("ACCOUNT", account));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains(names);
        assertThat(eventsAbout(caseId, account)).isEqualTo(before);
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/cases/{case}/freezes", READERS),
                Arguments.of("POST", "/api/v1/cases/{case}/freezes", WORKERS),
                Arguments.of("GET", "/api/v1/freezes/{freeze}", READERS),
                Arguments.of("POST", "/api/v1/freezes/{freeze}/approve", SUPERVISORS),
                Arguments.of("POST", "/api/v1/freezes/{freeze}/reject", SUPERVISORS),
                Arguments.of("POST", "/api/v1/freezes/{freeze}/review", SUPERVISORS),
                Arguments.of("POST", "/api/v1/freezes/{freeze}/request-lift", WORKERS),
                Arguments.of("POST", "/api/v1/freezes/{freeze}/approve-lift", SUPERVISORS),
                Arguments.of("POST", "/api/v1/freezes/{freeze}/reject-lift", SUPERVISORS),
                Arguments.of("GET", "/api/v1/accounts/UID-100234/freeze-status", READERS),
                Arguments.of("GET", "/api/v1/approvals", SUPERVISORS),
                Arguments.of("GET", "/api/v1/freezes-needing-attention", SUPERVISORS));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void everyOtherRoleIsRefusedBeforeItsInputIsRead(String method, String path, Set<String> allowed) {
        String account = account();
        String caseId = openCase(account);
        String freezeId = requestFreeze("investigator", caseId, "FULL", account);
        String url = path.replace("{case}", caseId).replace("{freeze}", freezeId);
        long before = eventsAbout(caseId, freezeId, account);
        assertOnlyAllowedRolesGetThrough(method, url, allowed);
        assertThat(eventsAbout(caseId, freezeId, account)).isEqualTo(before);
    }

    @Test
    void anAccountIdNotInTheExchangesFormatIsRefused() {
        HttpResponse<String> refused = get("auditor", "/api/v1/accounts/100234/freeze-status");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("not an account id of this exchange");
        JsonNode free = accountStatus(account());
        assertThat(free.get("frozen").asBoolean()).isFalse();
        assertThat(free.get("holds").size()).isZero();
    }

    @Test
    void anUnknownFreezeIsNotFound() {
        HttpResponse<String> missing = get("supervisor", "/api/v1/freezes/no-such-freeze");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(post("supervisor", "/api/v1/freezes/no-such-freeze/approve", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void twoCasesFreezeOneAccountAndItStaysFrozenUntilBothLift() {
        String account = account();
        String first = requestFreeze("investigator", openCase(account), "TRADING", account);
        String second = requestFreeze("investigator", openCase(account), "WITHDRAWAL", account);
        post("supervisor", "/api/v1/freezes/" + first + "/approve", "{}");
        post("supervisor", "/api/v1/freezes/" + second + "/approve", "{}");
        awaitFreeze(first, "EXECUTED");
        awaitFreeze(second, "EXECUTED");
        await("both holds show", () -> accountStatus(account).get("holds").size() == 2);
        assertThat(accountStatus(account).get("effectiveScope").asText()).isEqualTo("FULL");

        lift(first);
        awaitFreeze(first, "LIFTED");
        await("one hold left", () -> accountStatus(account).get("holds").size() == 1);
        JsonNode stillFrozen = accountStatus(account);
        assertThat(stillFrozen.get("frozen").asBoolean()).isTrue();
        assertThat(stillFrozen.get("effectiveScope").asText()).isEqualTo("WITHDRAWAL");
        assertThat(stillFrozen.get("holds").get(0).get("freezeId").asText()).isEqualTo(second);
        assertThat(exchange.frozenScope(account)).isEqualTo("WITHDRAWAL");

        lift(second);
        awaitFreeze(second, "LIFTED");
        await("the account is free", () -> !accountStatus(account).get("frozen").asBoolean());
        assertThat(accountStatus(account).get("holds").size()).isZero();
        assertThat(exchange.frozenScope(account)).isNull();
    }

    @Test
    void concurrentFreezesAndLiftsOnOneAccountGiveAConsistentAnswer() throws Exception {
        String account = account();
        List<String> freezes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            freezes.add(requestFreeze("investigator", openCase(account), i % 2 == 0 ? "TRADING" : "WITHDRAWAL",
                    account));
        }
        everyAtOnce(freezes, id -> post(id.hashCode() % 2 == 0 ? "supervisor" : "supervisor2",
                "/api/v1/freezes/" + id + "/approve", "{}").statusCode());
        freezes.forEach(id -> awaitFreeze(id, "EXECUTED"));
        await("six holds show", () -> accountStatus(account).get("holds").size() == 6);
        assertThat(accountStatus(account).get("effectiveScope").asText()).isEqualTo("FULL");
        assertThat(exchange.frozenScope(account)).isEqualTo("FULL");
        assertHoldEventsAreOneUnbrokenSequence(account, 6);

        freezes.forEach(id -> assertThat(post("investigator", "/api/v1/freezes/" + id + "/request-lift",
                "{\"reason\":\"compensated\"}").statusCode()).isEqualTo(204));
        everyAtOnce(freezes, id -> post("supervisor", "/api/v1/freezes/" + id + "/approve-lift", "{}").statusCode());
        freezes.forEach(id -> awaitFreeze(id, "LIFTED"));
        await("the account is free", () -> !accountStatus(account).get("frozen").asBoolean());
        assertThat(accountStatus(account).get("holds").size()).isZero();
        assertThat(exchange.frozenScope(account)).isNull();
        assertHoldEventsAreOneUnbrokenSequence(account, 12);
    }

    /** Each hold change saw the one before it: sequence 0..n-1, and the hold counts rise then fall by one. */
    private void assertHoldEventsAreOneUnbrokenSequence(String account, int expected) {
        List<Long> sequences = jdbc.queryForList("""
                SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                Long.class, account);
        assertThat(sequences).hasSize(expected);
        for (int i = 0; i < expected; i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        List<String> holds = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::json->>'holds' FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, account);
        for (int i = 0; i < expected; i++) {
            assertThat(Integer.parseInt(holds.get(i))).isEqualTo(i < 6 ? i + 1 : 11 - i);
        }
    }

    private static void everyAtOnce(List<String> ids, java.util.function.ToIntFunction<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (String id : ids) {
                Callable<Integer> task = () -> {
                    start.await();
                    return call.applyAsInt(id);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }
    }
}
