package org.glassbox.ui.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database: the PostgreSQL that {@code GLASSBOX_DB_URL} names, or else an embedded PostgreSQL
 * whose data directory ({@code GLASSBOX_DATA_DIR}, default {@code ~/.glassbox/pgdata}) survives
 * restarts, so that the first README command needs no set-up at all.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${glassbox.db.url:}") String url,
            @Value("${glassbox.db.user:postgres}") String user,
            @Value("${glassbox.db.password:}") String password,
            @Value("${glassbox.db.pool-size:10}") int poolSize,
            EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (url.isBlank()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("glassbox");
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${glassbox.db.url:}") String url,
            @Value("${glassbox.data-dir:${user.home}/.glassbox/pgdata}") Path dataDir) throws IOException {
        return url.isBlank() ? EmbeddedDatabase.start(dataDir) : EmbeddedDatabase.none();
    }

    /** The embedded PostgreSQL, if one was started; closing it stops the server. */
    static final class EmbeddedDatabase implements AutoCloseable {
        static final String DATABASE = "glassbox";
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
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                boolean exists = c.createStatement()
                        .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next();
                if (!exists) {
                    c.createStatement().execute("CREATE DATABASE " + DATABASE);
                }
            } catch (SQLException e) {
                postgres.close();
                throw new IOException("The embedded PostgreSQL started but could not be prepared", e);
            }
            return new EmbeddedDatabase(postgres);
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", DATABASE);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
