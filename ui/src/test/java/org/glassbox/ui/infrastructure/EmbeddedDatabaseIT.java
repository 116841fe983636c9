package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database of the first README command: an embedded PostgreSQL, started here as whatever
 * user runs the build (root on CI machines, where initdb is known to refuse on some set-ups), whose
 * data survives a restart.
 */
class EmbeddedDatabaseIT {

    @Test
    void embeddedPostgresStartsAsTheBuildUserAndKeepsItsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        System.out.println("Starting embedded PostgreSQL as " + System.getProperty("user.name"));
        try (var database = DataSourceConfiguration.EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl())) {
            c.createStatement().execute("CREATE TABLE survivor (name TEXT)");
            c.createStatement().execute("INSERT INTO survivor VALUES ('GBX-2026-000001')");
        }
        try (var database = DataSourceConfiguration.EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl());
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("GBX-2026-000001");
        }
    }
}
