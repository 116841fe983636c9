package org.glassbox.ui.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.glassbox.ui.GlassboxApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default database of the first README command: an embedded PostgreSQL, started here as whatever
 * user runs the build (root on CI machines, where initdb is known to refuse on some set-ups), whose
 * data survives a restart, migrated as its owner role while the application runs as a role that may
 * not rewrite the record.
 */
class EmbeddedDatabaseIT {

    @Test
    void embeddedPostgresStartsAsTheBuildUserAndKeepsItsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        System.out.println("Starting embedded PostgreSQL as " + System.getProperty("user.name"));
        try (var database = DataSourceConfiguration.EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), "glassbox_owner", "")) {
            c.createStatement().execute("CREATE TABLE survivor (name TEXT)");
            c.createStatement().execute("INSERT INTO survivor VALUES ('GBX-2026-000001')");
        }
        try (var database = DataSourceConfiguration.EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), "glassbox_owner", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT name FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("GBX-2026-000001");
        }
    }

    @Test
    void aDataDirectoryFromBeforeTheRolesIsHandedToTheOwner(@TempDir Path dataDir) throws Exception {
        try (var database = DataSourceConfiguration.EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
            c.createStatement().execute("CREATE TABLE made_by_superuser (id BIGSERIAL PRIMARY KEY)");
        }
        try (var database = DataSourceConfiguration.EmbeddedDatabase.start(dataDir);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), "glassbox_owner", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT tableowner FROM pg_tables WHERE tablename = 'made_by_superuser'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("glassbox_owner");
        }
    }

    @Test
    void theRunningApplicationsRoleCannotUpdateDeleteOrTruncateTheEventStoreOrTheChain(@TempDir Path home)
            throws Exception {
        // Spring Security keeps its context strategy in a static; a second application replaces it.
        var security = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GlassboxApplication.class).run(
                "--server.port=0", "--glassbox.db.url=", "--glassbox.data-dir=" + home.resolve("pgdata"),
                "--glassbox.keys-dir=" + home.resolve("keys"), "--glassbox.evidence.local-dir=" + home.resolve("ev"));
                Connection c = app.getBean(DataSource.class).getConnection()) {
            ResultSet who = c.createStatement().executeQuery("SELECT current_user");
            who.next();
            assertThat(who.getString(1)).isEqualTo("glassbox_app");

            c.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry").close();
            c.createStatement().executeQuery("SELECT count(*) FROM event_chain").close();
            for (String table : new String[] {"domain_event_entry", "event_chain"}) {
                for (String change : new String[] {"UPDATE " + table + " SET global_index = global_index",
                        "DELETE FROM " + table, "TRUNCATE " + table}) {
                    assertThatThrownBy(() -> c.createStatement().execute(change)).as(change)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied for table " + table);
                }
            }
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM flyway_schema_history"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> c.createStatement().execute("CREATE TABLE public.smuggled (x int)"))
                    .hasMessageContaining("permission denied");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(security);
        }
    }
}
