package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.glassbox.command.audit.ChainSigner;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The chain signing key: made once, kept across restarts, rotated with a recorded handover. */
class SigningKeysIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Autowired
    ChainSigner signer;

    @Test
    void aKeyMadeOnFirstStartIsKeptOwnerReadableAndTheSameAfterARestart(@TempDir Path home) throws Exception {
        Path keys = home.resolve("keys");
        ChainSigner first = ChainSigner.kept(keys);
        ChainSigner afterRestart = ChainSigner.kept(keys);
        assertThat(afterRestart.keyId()).isEqualTo(first.keyId()).hasSize(16);
        assertThat(afterRestart.publicKey()).isEqualTo(first.publicKey());
        String signature = first.sign("glassbox-chain-checkpoint|1|" + "a".repeat(64));
        assertThat(ChainSigner.verifies("glassbox-chain-checkpoint|1|" + "a".repeat(64), signature,
                afterRestart.publicKey())).isTrue();
        Path file = keys.resolve("chain-signing-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
    }

    @Test
    void aRotatedKeyIsSeenByAnotherNodeSharingTheKeysAndTheOldOneIsRetiredNotLost(@TempDir Path home) {
        ChainSigner nodeA = ChainSigner.kept(home);
        ChainSigner nodeB = ChainSigner.kept(home);
        String old = nodeA.keyId();
        String next = nodeA.rotate();
        assertThat(next).isNotEqualTo(old);
        assertThat(nodeB.keyId()).as("node B signs with the key in the file as it is now").isEqualTo(next);
        assertThat(home.resolve("retired").resolve(old)).exists();
    }

    @Test
    void aConfiguredKeyIsNotRotatedHere() {
        ChainSigner configured = ChainSigner.ephemeral();
        assertThat(configured.isKept()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(configured::rotate).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configuration");
    }

    @Test
    void anAdministratorRotatesTheKeyAndThePublicRegistryListsBothWithTheirPeriods() throws Exception {
        assertOnlyAllowedRolesGetThrough("POST", "/api/v1/admin/signing-keys/rotate", Set.of("admin"));
        caseUnderInvestigation(org.glassbox.ui.support.FreezeFixtures.account());
        // The case's events chained first: the two signatures of the handover are then over the same head.
        await("the chain holds every stored event", () -> java.util.Objects.equals(
                jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class),
                jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class)));
        String before = signer.keyId();
        var rotated = post("admin", "/api/v1/admin/signing-keys/rotate", null);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode rotation = JSON.readTree(rotated.body());
        assertThat(rotation.get("previousKeyId").asText()).isEqualTo(before);
        assertThat(rotation.get("keyId").asText()).isEqualTo(signer.keyId()).isNotEqualTo(before);
        assertThat(rotation.get("handoverSigned").asBoolean()).isTrue();

        // The old key signed the head last, the new one at once after: the handover is in the record.
        await("both checkpoints projected", () -> jdbc.queryForObject("""
                SELECT count(DISTINCT key_id) FROM chain_checkpoint_view WHERE key_id IN (?, ?)""", Integer.class,
                before, signer.keyId()) == 2);
        long lastOfOld = jdbc.queryForObject("SELECT max(position) FROM chain_checkpoint_view WHERE key_id = ?",
                Long.class, before);
        long firstOfNew = jdbc.queryForObject("SELECT min(position) FROM chain_checkpoint_view WHERE key_id = ?",
                Long.class, signer.keyId());
        assertThat(firstOfNew).isBetween(lastOfOld, lastOfOld + 1);

        String registry = get(null, "/public/keys").body();
        assertThat(registry).contains(before).contains(signer.keyId());
        assertThat(registry).as("times as people read them").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");

        // Old checkpoints still verify, each with the key that signed it.
        var verified = post("auditor", "/api/v1/audit/verify", null);
        assertThat(verified.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(verified.body());
        assertThat(report.toString()).as(verified.body()).contains("\"intact\":true");
    }
}
