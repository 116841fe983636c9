package org.glassbox.analysis.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.api.evidence.MarketDataFormat;
import org.glassbox.api.evidence.MarketDataProfile;

/**
 * One stored market data file as the engine reads it: a relation of text columns named as in the
 * format (the file's own bytes, no guessing: delimiter, quoting, header and column order come from the
 * profile recorded when the file was checked), and, for trades, the same rows typed: times as
 * microseconds since the epoch, prices and quantities as exact decimals.
 */
public record Source(Path file, MarketDataProfile profile) {

    /** The rows as text, each column named as in the format. */
    public String raw(Connection c) throws SQLException {
        String path = "'" + Engine.quote(file.toAbsolutePath().toString()) + "'";
        if ("PARQUET".equals(profile.container())) {
            return "(SELECT " + String.join(", ", parquetColumns(c, path)) + " FROM read_parquet(" + path + "))";
        }
        List<String> columns = new ArrayList<>();
        for (String name : profile.columns()) {
            columns.add("'" + name + "': 'VARCHAR'");
        }
        boolean header = profile.format() != MarketDataFormat.PUBLIC_SPOT_TRADES;
        return "read_csv(" + path + ", header = " + header + ", auto_detect = false, delim = ',', quote = '\"',"
                + " escape = '\"', compression = '" + ("GZIP".equals(profile.compression()) ? "gzip" : "none") + "',"
                + " columns = {" + String.join(", ", columns) + "})";
    }

    /** Parquet columns as text: timestamps as epoch microseconds, decimals and integers in their exact digits. */
    static List<String> parquetColumns(Connection c, String path) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + path + ")")) {
            while (r.next()) {
                String name = r.getString("column_name");
                String type = r.getString("column_type");
                String q = '"' + name.replace("\"", "\"\"") + '"';
                out.add(type.startsWith("TIMESTAMP") ? "CAST(epoch_us(" + q + ") AS VARCHAR) AS " + q
                        : "CAST(" + q + " AS VARCHAR) AS " + q);
            }
        }
        return out;
    }

    /** Microseconds since the epoch of a raw time column written in the profile's unit. */
    public String micros(String column) {
        return switch (profile.timeUnit()) {
            case "MILLISECONDS" -> "(CAST(" + column + " AS BIGINT) * 1000)";
            case "MICROSECONDS" -> "CAST(" + column + " AS BIGINT)";
            default -> "epoch_us(CAST(replace(replace(" + column + ", 'T', ' '), 'Z', '') AS TIMESTAMP))";
        };
    }

    /**
     * The trades typed: trade_id, ts (µs), symbol, price, qty, buyer, seller, taker_side. A public dump has
     * no accounts (NULL) and takes its symbol from the profile.
     */
    public String trades(Connection c, int priceScale, int quantityScale) throws SQLException {
        String price = "CAST(price AS DECIMAL(38, " + priceScale + "))";
        String qty = "CAST(qty AS DECIMAL(38, " + quantityScale + "))";
        if (profile.format() == MarketDataFormat.PUBLIC_SPOT_TRADES) {
            String symbol = profile.symbols().isEmpty() ? "NULL" : "'" + Engine.quote(profile.symbols().getFirst()) + "'";
            return "(SELECT trade_id, " + micros("time") + " AS ts, CAST(" + symbol + " AS VARCHAR) AS symbol, " + price
                    + " AS price, " + qty + " AS qty, CAST(NULL AS VARCHAR) AS buyer, CAST(NULL AS VARCHAR) AS seller,"
                    + " CASE is_buyer_maker WHEN 'True' THEN 'SELL' ELSE 'BUY' END AS taker_side FROM " + raw(c) + ")";
        }
        if (profile.format() != MarketDataFormat.TRADE_EXPORT) {
            throw new IllegalArgumentException(profile.format() + " holds no trades");
        }
        String taker = profile.columns().contains("taker_side") ? "taker_side" : "CAST(NULL AS VARCHAR)";
        return "(SELECT trade_id, " + micros("time") + " AS ts, symbol, " + price + " AS price, " + qty
                + " AS qty, buyer_account AS buyer, seller_account AS seller, " + taker + " AS taker_side FROM "
                + raw(c) + ")";
    }

    /** Account links typed: account, owner, valid_from and valid_to in µs (valid_to NULL: open). */
    public String links(Connection c) throws SQLException {
        return "(SELECT account, owner_id AS owner, " + validity("valid_from") + " AS valid_from, "
                + "CASE WHEN valid_to IS NULL THEN NULL ELSE " + validity("valid_to") + " END AS valid_to FROM "
                + raw(c) + ")";
    }

    /** Order events typed: event_id, ts (µs), symbol, account, order_id, event_type, side, price, qty, ... */
    public String orders(Connection c, int priceScale, int quantityScale) throws SQLException {
        String q = "DECIMAL(38, " + quantityScale + ")";
        return "(SELECT event_id, " + micros("time") + " AS ts, symbol, account, order_id, event_type, side,"
                + " CAST(price AS DECIMAL(38, " + priceScale + ")) AS price, CAST(qty AS " + q + ") AS qty,"
                + " CAST(leaves_qty AS " + q + ") AS leaves_qty, CAST(filled_qty AS " + q + ") AS filled_qty,"
                + " trade_id FROM " + raw(c) + ")";
    }

    private static String validity(String column) {
        return "CASE WHEN length(" + column + ") = 10 THEN epoch_us(CAST(CAST(" + column + " AS DATE) AS TIMESTAMP))"
                + " ELSE epoch_us(CAST(replace(replace(" + column + ", 'T', ' '), 'Z', '') AS TIMESTAMP)) END";
    }
}
