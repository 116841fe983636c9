package org.glassbox.analysis.methods;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.erdtman.jcs.JsonCanonicalizer;
import org.glassbox.analysis.engine.Engine;
import org.glassbox.api.shared.InvalidField;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs a method over its inputs in a fresh engine and answers the result in canonical JSON (RFC 8785)
 * with its SHA-256, which is what a citation names: the same files and parameters give the same bytes.
 */
public final class Analyses {
    private final Engine engine;

    public Analyses(Engine engine) {
        this.engine = engine;
    }

    /** A finished run: the result as canonical JSON bytes, its SHA-256 (hex) and the engine's versions. */
    public record Outcome(byte[] canonicalResult, String resultDigest, Map<String, String> engine, byte[] publicResult,
            String publicDigest) {
        public String resultJson() {
            return new String(canonicalResult, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs it. A run that cannot be made with these inputs (no accounts for a method that needs them, a
     * symbol the files do not hold) is refused with an {@link InvalidField}; an engine failure is an
     * {@link SQLException}.
     */
    public Outcome run(AnalysisMethod method, AnalysisInputs inputs, Map<String, String> parameters, Progress progress)
            throws SQLException {
        if (inputs.trades().isEmpty()) {
            throw new InvalidField("evidence", "must include at least one trade file (TRADE_EXPORT)");
        }
        Map<String, String> resolved = Methods.resolve(method, parameters);
        ObjectNode result;
        String version;
        String driver;
        try (Connection c = engine.open()) {
            driver = c.getMetaData().getDriverVersion();
            Market market = new Market(c, inputs, resolved);
            if (method.needsAccounts() && !market.hasAccounts()) {
                throw new InvalidField("evidence", method.id() + " needs to know who traded, and a public spot trade"
                        + " dump does not say; use the exchange's internal trade export");
            }
            version = market.one("SELECT version()")[0].toString();
            result = method.run(market, progress);
        }
        byte[] canonical = canonical(result);
        Map<String, String> versions = new TreeMap<>();
        versions.put("duckdb", version);
        versions.put("duckdb_jdbc", driver);
        versions.put("commons-statistics-inference", version(org.apache.commons.statistics.inference.ChiSquareTest.class,
                "org.apache.commons", "commons-statistics-inference"));
        versions.put("jgrapht-core", version(org.jgrapht.Graph.class, "org.jgrapht", "jgrapht-core"));
        versions.put("memory_limit", engine.memoryLimit());
        versions.put("threads", Integer.toString(engine.threads()));
        byte[] published = canonical(PublicResult.of(result));
        return new Outcome(canonical, sha256(canonical), versions, published, sha256(published));
    }

    /** The result in RFC 8785 canonical form. */
    public static byte[] canonical(ObjectNode result) {
        try {
            return new JsonCanonicalizer(Json.MAPPER.writeValueAsString(result)).getEncodedUTF8();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException("A result Glassbox wrote is not JSON", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A library's version: from its jar's manifest, else from the Maven properties the jar carries. */
    static String version(Class<?> type, String group, String artifact) {
        String v = type.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (var in = type.getResourceAsStream("/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (java.io.IOException e) {
            // fall through: a version that cannot be read is said to be unknown, never guessed
        }
        return "unknown";
    }
}
