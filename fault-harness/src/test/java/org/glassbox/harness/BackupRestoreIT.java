package org.glassbox.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.simulator.ExchangeAccountSimulator;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore drill of the README, while the application runs under load: pg_dump of the
 * database first, then a copy of the evidence store and the key directory (so the copy holds every blob
 * the dump refers to); both restored into a fresh database and directories; Glassbox started on them.
 * The restored installation verifies its chain (signed by the restored key), its read models equal their
 * rebuild, every evidence item's bytes verify, and everything acknowledged before the dump is in it.
 */
class BackupRestoreIT {

    @Test
    void aBackupTakenUnderLoadRestoresIntoAnInstallationThatVerifies() throws Exception {
        Path home = GlassboxNode.home("backup");
        Ledger ledger = new Ledger();
        try (HarnessDatabase db = HarnessDatabase.create("backup");
                ExchangeAccountSimulator exchange = ExchangeAccountSimulator.start(0);
                GlassboxNode live = new GlassboxNode("backup-live", db, home.resolve("evidence"), home.resolve("keys"),
                        exchange.uri()).with("glassbox.audit.checkpoint-first", "PT2S")
                        .with("glassbox.audit.checkpoint-every", "PT3S")) {
            live.start();
            live.awaitReady(Duration.ofMinutes(3));
            Path dump = home.resolve("glassbox.dump");
            int acknowledgedBeforeDump;
            Duration dumpTook;
            try (Load load = Load.start(List.of(new Api(live::uri)), ledger, KillUnderLoadIT.THREADS,
                    Duration.ofMinutes(1))) {
                Thread.sleep(8_000);
                acknowledgedBeforeDump = ledger.acknowledged.size();
                Instant start = Instant.now();
                run("pg_dump", "-Fc", "-h", db.host(), "-p", db.port(), "-U", db.owner, "-d", db.name, "-f",
                        dump.toString());
                copy(home.resolve("evidence"), home.resolve("backup/evidence"));
                copy(home.resolve("keys"), home.resolve("backup/keys"));
                dumpTook = Duration.between(start, Instant.now());
                Thread.sleep(2_000);
            }

            HarnessDatabase restoredDb = db.sibling("restored");
            run("pg_restore", "-h", restoredDb.host(), "-p", restoredDb.port(), "-U", HarnessDatabase.SUPERUSER,
                    "-d", restoredDb.name, dump.toString());
            copy(home.resolve("backup/evidence"), home.resolve("restored/evidence"));
            copy(home.resolve("backup/keys"), home.resolve("restored/keys"));
            try (GlassboxNode restored = new GlassboxNode("backup-restored", restoredDb,
                    home.resolve("restored/evidence"), home.resolve("restored/keys"), exchange.uri())) {
                restored.firstStartSeeds = false;
                restored.start();
                restored.awaitReady(Duration.ofMinutes(3));
                Api api = new Api(restored::uri);

                Ledger beforeDump = new Ledger();
                ledger.acknowledged.stream().limit(acknowledgedBeforeDump).forEach(beforeDump.acknowledged::add);
                Findings findings = new Findings(restoredDb);
                assertThat(findings.lost(beforeDump)).as("acknowledged before the dump, missing after the restore")
                        .isEmpty();
                Findings.assertChainIntactAndProjectionsEqual(api);
                assertThat(api.get("admin", "/api/v1/admin/signing-keys/current").json().get("keyId"))
                        .as("the restored installation signs on with the restored key")
                        .isEqualTo(new Api(live::uri).get("admin", "/api/v1/admin/signing-keys/current").json()
                                .get("keyId"));

                String restoredAt = Instant.now().toString();
                List<String[]> items = items(restoredDb);
                for (String[] item : items) {
                    Api.Reply verified = api.post("auditor", "/api/v1/cases/" + item[1] + "/evidence/" + item[0]
                            + "/verify", null);
                    assertThat(verified.status()).as(verified.body()).isEqualTo(204);
                }
                Findings.await("every item's verification is recorded", Duration.ofSeconds(30), () -> {
                    try {
                        return findings.single("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry"
                                + " WHERE payload_type LIKE '%.EvidenceIntegrityVerified' AND time_stamp > '"
                                + restoredAt + "'") >= items.size();
                    } catch (java.sql.SQLException e) {
                        return false;
                    }
                });
                assertThat(findings.single("SELECT count(*) FROM domain_event_entry"
                        + " WHERE payload_type LIKE '%.EvidenceIntegrityFailed'")).as("items whose bytes failed").isZero();
                findings.assertEvidenceStoreAccountedFor(home.resolve("restored/evidence"), api);

                Figures.report("backup and restore drill", String.format(
                        "pg_dump and a copy of the evidence and keys taken under %d client threads in %.1f s (%d KB"
                                + " dump); restored into a fresh database and directories and started: %d commands"
                                + " acknowledged before the dump, 0 missing; chain intact, projections equal; %d"
                                + " evidence items re-verified, 0 failed",
                        KillUnderLoadIT.THREADS, dumpTook.toMillis() / 1000.0, Files.size(dump) / 1024,
                        acknowledgedBeforeDump, items.size()));
            }
        }
    }

    /** Every evidence item of the restored store: {itemId, caseId}. */
    private static List<String[]> items(HarnessDatabase db) throws Exception {
        List<String[]> items = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'caseId' FROM domain_event_entry
                WHERE payload_type LIKE '%.EvidenceSubmitted'""")) {
            while (rs.next()) {
                items.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return items;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    /** A plain recursive copy, keeping the files' times (cp -a, rsync -a). */
    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
