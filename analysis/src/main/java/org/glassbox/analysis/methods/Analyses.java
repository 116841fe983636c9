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
    public record Outcome(byte[] canonicalResult, String resultDigest, Map<String, String> engine) {
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
        try (Connection c = engine.open()) {
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
        versions.put("duckdb_jdbc", packageVersion(org.duckdb.DuckDBDriver.class));
        versions.put("commons-statistics-inference",
                packageVersion(org.apache.commons.statistics.inference.ChiSquareTest.class));
        versions.put("jgrapht-core", packageVersion(org.jgrapht.Graph.class));
        versions.put("memory_limit", engine.memoryLimit());
        versions.put("threads", Integer.toString(engine.threads()));
        return new Outcome(canonical, sha256(canonical), versions);
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

    private static String packageVersion(Class<?> type) {
        String v = type.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }
}
