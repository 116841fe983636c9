package org.glassbox.analysis.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded analytical engine (DuckDB, in process) with its own memory budget, apart from the JVM
 * heap: {@code memoryLimit} of native memory, {@code threads} workers, and a directory it spills to
 * when a query needs more. Each analysis gets a fresh in-memory database, so no state is shared between
 * runs and nothing is kept after one.
 */
public final class Engine {
    private final String memoryLimit;
    private final int threads;
    private final Path spill;

    public Engine(String memoryLimit, int threads, Path spill) {
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s?(KB|MB|GB|KiB|MiB|GiB)")) {
            throw new IllegalArgumentException("memory limit '" + memoryLimit + "' is not like 192MB");
        }
        this.memoryLimit = memoryLimit;
        this.threads = threads;
        this.spill = spill;
    }

    /** A budget that fits a 512 MB process beside the application's heap. */
    public static Engine withDefaults(Path spill) {
        return new Engine("192MB", 2, spill);
    }

    public Connection open() throws SQLException {
        try {
            Files.createDirectories(spill);
        } catch (IOException e) {
            throw new SQLException("Cannot create the engine's spill directory " + spill, e);
        }
        Properties p = new Properties();
        // Results must not depend on the order in which threads finish; every query orders what it answers.
        p.setProperty("preserve_insertion_order", "false");
        // Rows reach Java as the engine makes them, so reading millions of order events holds a chunk, not all.
        p.setProperty("jdbc_stream_results", "true");
        Connection c = DriverManager.getConnection("jdbc:duckdb:", p);
        try (Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + memoryLimit + "'");
            s.execute("SET threads = " + threads);
            s.execute("SET temp_directory = '" + quote(spill.toAbsolutePath().toString()) + "'");
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** The engine's version as it reports itself, e.g. v2.0.0. */
    public String version() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        }
    }

    public String memoryLimit() {
        return memoryLimit;
    }

    public int threads() {
        return threads;
    }

    /** A text as a SQL string literal's content. */
    public static String quote(String text) {
        return text.replace("'", "''");
    }
}
