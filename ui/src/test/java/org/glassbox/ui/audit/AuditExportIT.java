package org.glassbox.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.glassbox.command.audit.ChainSigner;
import org.glassbox.command.audit.ExportVerifier;
import org.glassbox.command.evidence.EvidenceIntake;
import org.glassbox.ui.support.DisclosureFixtures;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's history exported as signed JSON Lines and checked offline with the public key alone. */
class AuditExportIT extends IntegrationTest {
    @Autowired
    EvidenceIntake intake;
    @Autowired
    ChainSigner signer;

    private Path export(String query) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/audit/export" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:demo"
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Path file = Files.createTempFile("glassbox-export", ".jsonl");
        Files.write(file, response.body());
        return file;
    }

    @Test
    void aCasesHistoryExportsAndVerifiesOfflineAndOneFlippedByteIsFoundWithItsLine() throws Exception {
        var c = DisclosureFixtures.caseReadyToDisclose(commands, staff, intake);
        await("the case's freeze is executed and chained", () -> recorded(c.freezeId(), "AccountFreezeExecuted")
                && jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry e WHERE aggregate_identifier = ?
                        AND NOT EXISTS (SELECT 1 FROM event_chain k WHERE k.event_identifier = e.event_identifier)""",
                        Long.class, c.freezeId()) == 0);
        Path file = export("?case=" + c.caseId());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).contains("\"specversion\":\"1.0\"", "\"type\":\"org.glassbox.api.cases.CaseFlagged\"",
                "\"subject\":\"" + c.caseId() + "\"", "\"glassboxchaindigest\":\"");
        assertThat(String.join("\n", lines)).contains("org.glassbox.api.evidence.EvidenceSubmitted",
                "org.glassbox.api.freeze.AccountFreezeExecuted").doesNotContain("\"subject\":\"other");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"manifest\":");

        ExportVerifier.Result ok = ExportVerifier.verify(file, signer.publicKey());
        assertThat(ok.ok()).as(ok.problem()).isTrue();
        assertThat(ok.events()).isEqualTo(lines.size() - 1);
        assertThat(ExportVerifier.run(new String[] {"verify", file.toString(), signer.publicKey()})).isZero();

        byte[] bytes = Files.readAllBytes(file);
        int third = String.join("\n", lines.subList(0, 2)).getBytes(StandardCharsets.UTF_8).length + 1 + 40;
        bytes[third] ^= 1;
        Path flipped = Files.write(Files.createTempFile("glassbox-export", ".jsonl"), bytes);
        ExportVerifier.Result broken = ExportVerifier.verify(flipped, signer.publicKey());
        assertThat(broken.ok()).isFalse();
        assertThat(broken.line()).isEqualTo(3);
        assertThat(ExportVerifier.run(new String[] {"verify", flipped.toString(), signer.publicKey()})).isEqualTo(1);

        ExportVerifier.Result otherKey = ExportVerifier.verify(file, ChainSigner.ephemeral().publicKey());
        assertThat(otherKey.ok()).isFalse();
        assertThat(otherKey.problem()).contains("signature");
        Path truncated = Files.write(Files.createTempFile("glassbox-export", ".jsonl"), lines.subList(0, 3));
        assertThat(ExportVerifier.verify(truncated, signer.publicKey()).problem()).contains("incomplete");
    }

    @Test
    void badExportParametersAreRefusedAndOnlyAuditorsExport() {
        assertThat(get("auditor", "/api/v1/audit/export?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z")
                .statusCode()).isEqualTo(400);
        assertThat(get("auditor", "/api/v1/audit/export?from=yesterday").statusCode()).isEqualTo(400);
        assertOnlyAllowedRolesGetThrough("GET", "/api/v1/audit/export", Set.of("auditor"));
    }
}
