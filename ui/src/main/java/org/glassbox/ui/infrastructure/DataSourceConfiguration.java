package org.glassbox.ui.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database: the PostgreSQL that {@code GLASSBOX_DB_URL} names, or else an embedded PostgreSQL
 * whose data directory ({@code GLASSBOX_DATA_DIR}, default {@code ~/.glassbox/pgdata}) survives
 * restarts, so that the first README command needs no set-up at all.
 *
 * <p>Two roles, so that the database itself keeps Glassbox from rewriting its record: Flyway migrates
 * as the owner ({@code GLASSBOX_DB_OWNER_USER}); the application runs as {@code GLASSBOX_DB_USER}, which
 * the migrations' {@code afterMigrate} callback lets read and append the event store and the chain but
 * never update, delete or truncate them. The embedded database sets up both roles itself.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${glassbox.db.url:}") String url,
            @Value("${glassbox.db.user:postgres}") String user,
            @Value("${glassbox.db.password:}") String password,
            @Value("${glassbox.db.pool-size:24}") int poolSize,
            @Value("${glassbox.db.connection-timeout:PT5S}") java.time.Duration connectionTimeout,
            EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        // A request waits this long for the database, then is answered 503 rather than hanging (Hikari: 30 s).
        config.setConnectionTimeout(connectionTimeout.toMillis());
        if (url.isBlank()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedDatabase.APP_ROLE);
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        // Every tracking processor segment (eleven) holds a connection for each batch, besides requests and
        // jobs: with ten, a rebuild spent a sixth of its time waiting for one (profile in docs/performance.md).
        // Few stay open when idle, so a test JVM holding several application contexts stays within the server's limit.
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(4, poolSize));
        config.setIdleTimeout(java.time.Duration.ofMinutes(1).toMillis());
        config.setPoolName("glassbox");
        return new HikariDataSource(config);
    }

    /** Flyway connects as the owner role and grants the application's role what it may do. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(@Value("${glassbox.db.url:}") String url,
            @Value("${glassbox.db.user:postgres}") String user,
            @Value("${glassbox.db.owner-user:}") String ownerUser,
            @Value("${glassbox.db.owner-password:}") String ownerPassword,
            EmbeddedDatabase embedded) {
        String appRole = url.isBlank() ? EmbeddedDatabase.APP_ROLE : user;
        String owner = url.isBlank() ? EmbeddedDatabase.OWNER_ROLE : ownerUser;
        if (owner.isBlank() || owner.equals(appRole)) {
            log.warn("Migrating and running as one database role ({}): only the append-only triggers keep the record"
                    + " from being rewritten. Set GLASSBOX_DB_OWNER_USER to a role that owns the schema and"
                    + " GLASSBOX_DB_USER to one that does not.", user);
        } else {
            log.info("Migrating as {}, running as {} (may only read and append the event store and chain)",
                    owner, appRole);
        }
        return configuration -> {
            if (url.isBlank()) {
                configuration.dataSource(embedded.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, "");
            } else if (!ownerUser.isBlank()) {
                configuration.dataSource(url, ownerUser, ownerPassword);
            }
            configuration.placeholders(Map.of("appRole", appRole));
        };
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${glassbox.db.url:}") String url,
            @Value("${glassbox.data-dir:${user.home}/.glassbox/pgdata}") Path dataDir) throws IOException {
        return url.isBlank() ? EmbeddedDatabase.start(dataDir) : EmbeddedDatabase.none();
    }

    /** The embedded PostgreSQL, if one was started; closing it stops the server. */
    static final class EmbeddedDatabase implements AutoCloseable {
        static final String DATABASE = "glassbox";
        /** Owns the schema; only Flyway connects as it. */
        static final String OWNER_ROLE = "glassbox_owner";
        /** What the running application connects as. */
        static final String APP_ROLE = "glassbox_app";
        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        static EmbeddedDatabase start(Path dataDir) throws IOException {
            Files.createDirectories(dataDir);
            log.info("GLASSBOX_DB_URL is not set: starting an embedded PostgreSQL with its data in {}", dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            try {
                prepare(postgres);
            } catch (SQLException e) {
                postgres.close();
                throw new IOException("The embedded PostgreSQL started but could not be prepared", e);
            }
            return new EmbeddedDatabase(postgres);
        }

        /**
         * Creates the two roles and the database owned by the owner role. A data directory from before the
         * roles existed is handed over: whatever the superuser owned in the database now belongs to the owner.
         */
        private static void prepare(EmbeddedPostgres postgres) throws SQLException {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                for (String role : new String[] {OWNER_ROLE, APP_ROLE}) {
                    if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'").next()) {
                        s.execute("CREATE ROLE " + role + " LOGIN");
                    }
                }
                if (s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                    s.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER_ROLE);
                } else {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
                }
            }
            try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                    Statement s = c.createStatement()) {
                s.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
                s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                s.execute("""
                        DO $$
                        DECLARE r record;
                        BEGIN
                            FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                                    JOIN pg_namespace n ON n.oid = c.relnamespace
                                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                                    AND pg_get_userbyid(c.relowner) <> '%1$s'
                                    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                        AND d.objid = c.oid AND d.deptype IN ('a', 'i')) LOOP
                                EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE r.relkind WHEN 'S' THEN 'SEQUENCE'
                                    WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.name);
                            END LOOP;
                            FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                                    JOIN pg_namespace n ON n.oid = p.pronamespace
                                    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '%1$s' LOOP
                                EXECUTE format('ALTER FUNCTION %%s OWNER TO %1$s', r.name);
                            END LOOP;
                        END $$""".formatted(OWNER_ROLE));
            }
        }

        /** The database's address, without a user: each role connects as itself. */
        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
