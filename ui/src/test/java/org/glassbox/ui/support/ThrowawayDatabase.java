package org.glassbox.ui.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One PostgreSQL database per test run (per JVM), created on first use on the server at
 * GLASSBOX_TEST_PG (default 127.0.0.1:5432, user postgres) and dropped when the JVM exits, so that
 * runs never see each other's data.
 */
public final class ThrowawayDatabase {
    private static final String SERVER = System.getenv().getOrDefault("GLASSBOX_TEST_PG", "127.0.0.1:5432");
    private static final String USER = System.getenv().getOrDefault("GLASSBOX_TEST_PG_USER", "postgres");
    private static String name;

    private ThrowawayDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (name == null) {
            name = "glassbox_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name
                    + " WITH (FORCE)")));
        }
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    public static String user() {
        return USER;
    }

    /** A fresh, empty database beside the run's one, for tests that need a store of their own. */
    public static String createScratch(String prefix) {
        String scratch = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + scratch);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + scratch
                + " WITH (FORCE)")));
        return "jdbc:postgresql://" + SERVER + "/" + scratch;
    }

    /** A fresh database with the application's schema migrated in: a store of its own, with no processors. */
    public static javax.sql.DataSource migratedScratch(String prefix) {
        String url = createScratch(prefix);
        org.flywaydb.core.Flyway.configure().dataSource(url, USER, "").locations("classpath:db/migration")
                .placeholders(java.util.Map.of("appRole", USER)).load().migrate();
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(url, USER, "");
    }

    /** Points the application at the run's database. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("glassbox.db.url=" + jdbcUrl(), "glassbox.db.user=" + USER).applyTo(context);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "")) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + sql, e);
        }
    }
}
