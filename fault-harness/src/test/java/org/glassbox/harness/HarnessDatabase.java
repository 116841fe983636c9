package org.glassbox.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of the harness's own on the test server, set up as an operator would: an owner role that
 * Flyway migrates as, and an application role the nodes run as. Dropped (with its roles) at the end.
 */
final class HarnessDatabase implements AutoCloseable {
    static final String SERVER = System.getenv().getOrDefault("GLASSBOX_TEST_PG", "127.0.0.1:5432");
    static final String SUPERUSER = System.getenv().getOrDefault("GLASSBOX_TEST_PG_USER", "postgres");
    final String name;
    final String owner;
    final String app;

    private HarnessDatabase(String name, String owner, String app) {
        this.name = name;
        this.owner = owner;
        this.app = app;
    }

    static HarnessDatabase create(String purpose) {
        String suffix = suffix();
        HarnessDatabase db = new HarnessDatabase("glassbox_" + purpose + "_" + suffix, "gbh_owner_" + suffix,
                "gbh_app_" + suffix);
        admin("CREATE ROLE " + db.owner + " LOGIN", "CREATE ROLE " + db.app + " LOGIN");
        db.createOwnedByTheOwner();
        return db;
    }

    /** Another, empty database with the same roles (a restore target). */
    HarnessDatabase sibling(String purpose) {
        HarnessDatabase db = new HarnessDatabase("glassbox_" + purpose + "_" + suffix(), owner, app);
        db.createOwnedByTheOwner();
        siblings.add(db);
        return db;
    }

    /** As the README tells an operator: the owner owns the database and its schema; nobody else creates in it. */
    private void createOwnedByTheOwner() {
        admin("CREATE DATABASE " + name + " OWNER " + owner);
        asSuperuser("REVOKE CREATE ON SCHEMA public FROM PUBLIC", "ALTER SCHEMA public OWNER TO " + owner);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private final List<HarnessDatabase> siblings = new ArrayList<>();

    String url() {
        return "jdbc:postgresql://" + SERVER + "/" + name;
    }

    String host() {
        return SERVER.substring(0, SERVER.indexOf(':'));
    }

    String port() {
        return SERVER.substring(SERVER.indexOf(':') + 1);
    }

    /** A connection for the harness's own checks: the superuser sees everything and is not the application. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), SUPERUSER, "");
    }

    /** A connection as the role the application runs as. */
    Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(url(), app, "");
    }

    void asSuperuser(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The harness database refused: " + String.join("; ", statements), e);
        }
    }

    /** Statements on the server's maintenance database (roles, databases, connection control). */
    static void admin(String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", SUPERUSER, "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + String.join("; ", statements), e);
        }
    }

    /** Refuses new connections to this database and ends the open ones: the database is gone for the nodes. */
    void cutConnections() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    void allowConnections() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    @Override
    public void close() {
        for (HarnessDatabase sibling : siblings) {
            admin("DROP DATABASE IF EXISTS " + sibling.name + " WITH (FORCE)");
        }
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("DROP ROLE IF EXISTS " + app, "DROP ROLE IF EXISTS " + owner);
    }
}
