package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.glassbox.ui.support.FreezeFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.glassbox.ui.support.TestCommands;
import org.glassbox.ui.support.ThrowawayDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The event store is append-only for the application, and the hash chain catches what a superuser
 * does behind its back: a flipped payload byte, a deleted row, an edited time stamp, a row slipped in.
 * Each tamper is undone afterwards, so the other tests keep an intact store.
 */
class IntegrityIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @org.springframework.beans.factory.annotation.Autowired
    org.glassbox.command.audit.ChainCheckpointing checkpointing;

    private JsonNode verify() {
        HttpResponse<String> response = post("auditor", "/api/v1/audit/verify", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    /** A fresh case's first event, once the chain has passed it. */
    private String chainedEvent() {
        String caseId = caseUnderInvestigation(FreezeFixtures.account());
        String id = jdbc.queryForObject("""
                SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""",
                String.class, caseId);
        await("the chain has passed the case", () -> jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry e WHERE e.global_index <= (SELECT max(global_index)
                FROM domain_event_entry WHERE aggregate_identifier = ?)
                AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_identifier = e.event_identifier)""",
                Long.class, caseId) == 0);
        return id;
    }

    /** What a superuser can do: switch the triggers off for the session and change rows directly. */
    private static void asSuperuserBypassingTriggers(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(ThrowawayDatabase.jdbcUrl(), ThrowawayDatabase.user(), "");
                Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void anUntouchedStoreVerifiesIntactAndTheReportIsRecorded() {
        chainedEvent();
        JsonNode report = verify();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("eventsChecked").asLong()).isGreaterThan(10);
        assertThat(report.get("chainHead").asText()).hasSize(64);
        await("the verification is itself history", () -> jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type = 'org.glassbox.api.audit.IntegrityVerified'""",
                Long.class) > 0);
    }

    @Test
    void theApplicationCannotUpdateDeleteOrTruncateTheEventStore() {
        String id = chainedEvent();
        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET time_stamp = time_stamp WHERE event_identifier = ?",
                id)).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry CASCADE"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM event_chain WHERE event_identifier = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM case_event WHERE global_index = (SELECT global_index FROM"
                + " domain_event_entry WHERE event_identifier = ?)", id)).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void everyEventOfACaseIsIndexedUnderItAsItIsStoredAndNoOtherCasesEvent() {
        // The demo GPS case: its own events and those of its evidence, freezes, holds, analyses and notices.
        String gps = jdbc.queryForObject("SELECT case_id FROM case_view WHERE summary LIKE 'About 70M GPS sold%'",
                String.class);
        TestCommands.await("the demo is stored", () -> jdbc.queryForObject("SELECT count(*) FROM domain_event_entry"
                + " WHERE type = 'Disclosure' AND convert_from(payload, 'UTF8') LIKE ?", Long.class, "%" + gps + "%") > 0);
        List<Long> searched = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " OR position(convert_to(?, 'UTF8') in payload) > 0 ORDER BY global_index", Long.class, gps, gps);
        List<Long> indexed = jdbc.queryForList("SELECT global_index FROM case_event WHERE case_id = ? ORDER BY"
                + " global_index", Long.class, gps);
        assertThat(indexed).as("the index finds what a search of every payload finds").isEqualTo(searched);
        assertThat(jdbc.queryForList("SELECT DISTINCT type FROM domain_event_entry WHERE global_index IN (SELECT"
                + " global_index FROM case_event WHERE case_id = ?)", String.class, gps))
                .contains("InvestigationCase", "EvidenceItem", "FreezeRequest", "AnalysisRun", "Disclosure");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE type = 'ChainCheckpoint'"
                + " AND global_index IN (SELECT global_index FROM case_event)", Long.class)).isZero();
    }

    @Test
    void aFlippedPayloadByteIsFoundAndTheEventNamed() throws Exception {
        String id = chainedEvent();
        String flip = "UPDATE domain_event_entry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1) "
                + "WHERE event_identifier = '" + id + "'";
        asSuperuserBypassingTriggers(flip);
        try {
            JsonNode report = verify();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("firstChainBreak").get("eventIdentifier").asText()).isEqualTo(id);
            assertThat(report.get("firstChainBreak").get("problem").asText()).contains("changed after");
        } finally {
            asSuperuserBypassingTriggers(flip);
        }
        assertThat(verify().get("intact").asBoolean()).as("flipped back").isTrue();
    }

    @Test
    void aDeletedRowIsFoundAndTheEventNamed() throws Exception {
        String id = chainedEvent();
        asSuperuserBypassingTriggers("CREATE TABLE IF NOT EXISTS tamper_saved AS SELECT * FROM domain_event_entry WITH NO DATA",
                "INSERT INTO tamper_saved SELECT * FROM domain_event_entry WHERE event_identifier = '" + id + "'",
                "DELETE FROM domain_event_entry WHERE event_identifier = '" + id + "'");
        try {
            JsonNode report = verify();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("firstChainBreak").get("eventIdentifier").asText()).isEqualTo(id);
            assertThat(report.get("firstChainBreak").get("problem").asText()).contains("deleted");
        } finally {
            asSuperuserBypassingTriggers("INSERT INTO domain_event_entry SELECT * FROM tamper_saved",
                    "DROP TABLE tamper_saved");
        }
        assertThat(verify().get("intact").asBoolean()).as("restored").isTrue();
    }

    @Test
    void anEditedTimeStampIsFoundAndTheEventNamed() throws Exception {
        String id = chainedEvent();
        String original = jdbc.queryForObject("SELECT time_stamp FROM domain_event_entry WHERE event_identifier = ?",
                String.class, id);
        asSuperuserBypassingTriggers("UPDATE domain_event_entry SET time_stamp = '2020-01-01T00:00:00Z' "
                + "WHERE event_identifier = '" + id + "'");
        try {
            JsonNode report = verify();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("firstChainBreak").get("eventIdentifier").asText()).isEqualTo(id);
        } finally {
            asSuperuserBypassingTriggers("UPDATE domain_event_entry SET time_stamp = '" + original
                    + "' WHERE event_identifier = '" + id + "'");
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRowSlippedInBehindTheChainIsFoundAndNamed() throws Exception {
        String id = chainedEvent();
        String forged = "forged-" + java.util.UUID.randomUUID();
        asSuperuserBypassingTriggers("""
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT (SELECT min(global_index) FROM domain_event_entry) - 1, '%s', 'forged-case', 0, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE event_identifier = '%s'""".formatted(forged, id));
        try {
            JsonNode report = verify();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("notInChain").findValuesAsText("eventIdentifier")).contains(forged);
        } finally {
            asSuperuserBypassingTriggers("DELETE FROM domain_event_entry WHERE event_identifier = '" + forged + "'");
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aSignedCheckpointIsCheckedByVerificationAndPublishedForOutsiders() throws Exception {
        chainedEvent();
        var command = checkpointing.checkpoint();
        commands.sendAndWait(org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command)
                .andMetaData(java.util.Map.of(org.glassbox.api.shared.MetaDataKeys.USER_ID, "glassbox-checkpoint",
                        org.glassbox.api.shared.MetaDataKeys.USER_ROLES, "SYSTEM")));
        await("the public registry shows the signed head", () -> get(null, "/public/notices").body()
                .contains(command.digest()));
        String page = get(null, "/public/notices").body();
        assertThat(page).contains(command.signature(), command.publicKey(), "position " + command.position());
        assertThat(org.glassbox.command.audit.ChainSigner.verifies(
                org.glassbox.api.audit.ChainCheckpointSigned.message(command.position(), command.digest()),
                command.signature(), command.publicKey())).as("an outsider checks it with the public key only").isTrue();

        await("the checkpoint is chained", () -> jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry e WHERE payload_type = 'org.glassbox.api.audit.ChainCheckpointSigned'
                AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_identifier = e.event_identifier)""",
                Long.class) == 0);
        JsonNode report = verify();
        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("checkpointsChecked").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCheckpointWhoseSignatureDoesNotVerifyIsRefused() {
        var good = checkpointing.checkpoint();
        var forged = new org.glassbox.api.audit.SignChainCheckpoint(java.util.UUID.randomUUID().toString(),
                good.position(), "00".repeat(32), good.signature(), good.publicKey());
        assertThatThrownBy(() -> commands.sendAndWait(org.axonframework.commandhandling.GenericCommandMessage
                .asCommandMessage(forged).andMetaData(java.util.Map.of(org.glassbox.api.shared.MetaDataKeys.USER_ID,
                        "glassbox-checkpoint", org.glassbox.api.shared.MetaDataKeys.USER_ROLES, "SYSTEM"))))
                .hasMessageContaining("does not verify");
    }

    @Test
    void onlyAuditorsAndAdministratorsVerify() {
        assertOnlyAllowedRolesGetThrough("POST", "/api/v1/audit/verify", java.util.Set.of("auditor", "admin"));
    }
}
