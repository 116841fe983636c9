package org.glassbox.analysis.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.engine.Source;
import org.glassbox.api.evidence.EvidenceKind;
import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.evidence.MarketDataProfile;
import org.glassbox.api.shared.InvalidField;

/**
 * Reads a market data file strictly and answers its profile, or refuses it naming the first problem (line
 * and column where there is one). CSV, gzip-compressed CSV and Parquet; which one is decided by the
 * file's first bytes, never by its name. The rows are checked as a stream in Java; the engine then
 * counts what needs counting over the whole file (distinct symbols and accounts, repeated ids,
 * overlapping links), so the heap stays small whatever the file's size.
 */
public final class MarketDataReader {
    private static final Pattern DUMP_NAME = Pattern.compile("^([A-Z0-9]{2,32})-trades-.*");
    private static final Set<String> INEXACT = Set.of("FLOAT", "DOUBLE", "REAL");
    private final Engine engine;

    public MarketDataReader(Engine engine) {
        this.engine = engine;
    }

    public MarketDataProfile profile(Path file, EvidenceKind kind, String fileName) throws IOException {
        if (!kind.isMarketData()) {
            throw new IllegalArgumentException(kind + " is not market data");
        }
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 0) {
            throw CsvCheck.refused("is empty");
        }
        try {
            if (n == 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
                return parquet(file, kind, fileName);
            }
            boolean gzip = n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            CsvCheck.Facts facts;
            try (InputStream in = open(file, gzip)) {
                facts = CsvCheck.read(in, kind);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw CsvCheck.refused("is not a readable gzip file: " + e.getMessage());
            }
            return counted(file, facts, "CSV", gzip ? "GZIP" : "NONE", fileName);
        } catch (SQLException e) {
            throw CsvCheck.refused("could not be read by the analysis engine: " + Fields.shown(firstLine(e)));
        }
    }

    private static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Parquet: exact column types only; the rows are written out as text and checked like a CSV file. */
    private MarketDataProfile parquet(Path file, EvidenceKind kind, String fileName) throws IOException, SQLException {
        Path text = Files.createTempFile(file.toAbsolutePath().getParent(), "parquet-check-", ".csv");
        try (Connection c = engine.open(); Statement s = c.createStatement()) {
            String path = "'" + Engine.quote(file.toAbsolutePath().toString()) + "'";
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + path + ")")) {
                while (r.next()) {
                    String type = r.getString("column_type");
                    if (INEXACT.contains(type)) {
                        throw CsvCheck.refused("column " + r.getString("column_name") + " is stored as " + type
                                + ", which is not exact; store prices and quantities as DECIMAL or as text");
                    }
                }
            }
            Source source = new Source(file, new MarketDataProfile(null, "PARQUET", "NONE", List.of(), 0, null, 0,
                    null, 0, null, null, null, 0, 0));
            s.execute("COPY (SELECT * FROM " + source.raw(c) + ") TO '" + Engine.quote(text.toString())
                    + "' (HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"')");
            CsvCheck.Facts facts;
            try (InputStream in = open(text, false)) {
                facts = CsvCheck.read(in, kind);
            }
            if (facts.format() == MarketDataFormat.PUBLIC_SPOT_TRADES) {
                throw CsvCheck.refused("is Parquet without the trade export's column names");
            }
            return counted(file, facts, "PARQUET", "NONE", fileName);
        } catch (InvalidField e) {
            // The checked text has a header line, so line n is the Parquet file's row n - 1.
            throw CsvCheck.refused(rowsNotLines(e.problem()));
        } finally {
            Files.deleteIfExists(text);
        }
    }

    private static String rowsNotLines(String problem) {
        Matcher m = Pattern.compile("^line (\\d+)").matcher(problem);
        return m.find() ? "row " + (Long.parseLong(m.group(1)) - 1) + problem.substring(m.end()) : problem;
    }

    /** Counts what a stream cannot hold in memory: distinct symbols and accounts, repeated ids, overlaps. */
    private MarketDataProfile counted(Path file, CsvCheck.Facts facts, String container, String compression,
            String fileName) throws SQLException {
        MarketDataProfile base = new MarketDataProfile(facts.format(), container, compression, facts.columns(),
                facts.rows(), List.of(), 0, List.of(), 0, instant(facts.fromMicros()), instant(facts.toMicros()),
                facts.timeUnit(), facts.priceScale(), facts.quantityScale());
        Source source = new Source(file, base);
        try (Connection c = engine.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP VIEW raw AS SELECT * FROM " + source.raw(c));
            List<String> symbols = new ArrayList<>();
            long symbolCount = 0;
            switch (facts.format()) {
                case PUBLIC_SPOT_TRADES -> {
                    Matcher m = DUMP_NAME.matcher(fileName == null ? "" : fileName);
                    if (m.matches()) {
                        symbols.add(m.group(1));
                        symbolCount = 1;
                    }
                }
                case TRADE_EXPORT, ORDER_EVENTS -> symbolCount = distinct(s, "SELECT symbol AS v FROM raw", symbols);
                default -> {
                }
            }
            List<String> accounts = new ArrayList<>();
            long accountCount = switch (facts.format()) {
                case TRADE_EXPORT -> distinct(s,
                        "SELECT buyer_account AS v FROM raw UNION ALL SELECT seller_account AS v FROM raw", accounts);
                case ORDER_EVENTS, ACCOUNT_LINKS -> distinct(s, "SELECT account AS v FROM raw", accounts);
                case PUBLIC_SPOT_TRADES -> 0;
            };
            String id = switch (facts.format()) {
                case TRADE_EXPORT, PUBLIC_SPOT_TRADES -> "trade_id";
                case ORDER_EVENTS -> "event_id";
                case ACCOUNT_LINKS -> null;
            };
            if (id != null) {
                try (ResultSet r = s.executeQuery("SELECT " + id + " FROM raw GROUP BY " + id
                        + " HAVING count(*) > 1 ORDER BY " + id + " LIMIT 1")) {
                    if (r.next()) {
                        throw CsvCheck.refused("has the " + id + " " + r.getString(1) + " more than once; each "
                                + (id.equals("trade_id") ? "trade" : "event") + " must appear once");
                    }
                }
            } else {
                overlappingLinks(c, source);
            }
            return new MarketDataProfile(base.format(), container, compression, base.columns(), base.rows(), symbols,
                    symbolCount, accounts, accountCount, base.from(), base.to(), base.timeUnit(), base.priceScale(),
                    base.quantityScale());
        }
    }

    private static void overlappingLinks(Connection c, Source source) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT account, owner, prev_owner FROM ("
                + " SELECT account, owner, valid_from, lag(owner) OVER w AS prev_owner,"
                + " lag(coalesce(valid_to, 9223372036854775807)) OVER w AS prev_to FROM " + source.links(c)
                + " WINDOW w AS (PARTITION BY account ORDER BY valid_from, owner)) WHERE prev_to > valid_from"
                + " ORDER BY account LIMIT 1")) {
            if (r.next()) {
                throw CsvCheck.refused("links account " + r.getString(1) + " to " + r.getString(3) + " and to "
                        + r.getString(2) + " at the same time; an account has one owner at a time");
            }
        }
    }

    /** The number of distinct values, and the first {@link MarketDataProfile#LISTED} of them sorted. */
    private static long distinct(Statement s, String values, List<String> listed) throws SQLException {
        long count;
        try (ResultSet r = s.executeQuery("SELECT count(DISTINCT v) FROM (" + values + ")")) {
            r.next();
            count = r.getLong(1);
        }
        try (ResultSet r = s.executeQuery("SELECT DISTINCT v FROM (" + values + ") ORDER BY v LIMIT "
                + MarketDataProfile.LISTED)) {
            while (r.next()) {
                listed.add(r.getString(1));
            }
        }
        return count;
    }

    private static Instant instant(Long micros) {
        return micros == null ? null : org.glassbox.analysis.engine.Micros.instant(micros);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
