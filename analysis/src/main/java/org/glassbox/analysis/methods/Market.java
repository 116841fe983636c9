package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.glassbox.analysis.engine.Engine;
import org.glassbox.analysis.engine.Source;
import org.glassbox.api.evidence.MarketDataFormat;

/**
 * The market one run looks at, set up in the engine as views over the stored files: {@code trades} (one
 * symbol; every trade with its buyer's and seller's owner at the trade's time and whether each side is
 * the market maker's), {@code links}, {@code mm_owners} and, where order events were given,
 * {@code orders}. An account with no link at a trade's time is its own owner ('A:' + account); a linked
 * one belongs to its owner ('O:' + owner id).
 */
public final class Market {
    private final Connection connection;
    private final Map<String, String> parameters;
    private final String symbol;
    private final boolean hasAccounts;
    private final boolean hasOrders;

    Market(Connection connection, AnalysisInputs inputs, Map<String, String> parameters) throws SQLException {
        this.connection = connection;
        this.parameters = parameters;
        int priceScale = 0;
        int qtyScale = 0;
        for (Source s : inputs.trades()) {
            priceScale = Math.max(priceScale, s.profile().priceScale());
            qtyScale = Math.max(qtyScale, s.profile().quantityScale());
        }
        for (Source s : inputs.orders()) {
            priceScale = Math.max(priceScale, s.profile().priceScale());
            qtyScale = Math.max(qtyScale, s.profile().quantityScale());
        }
        this.symbol = symbolOf(inputs, parameters.get("symbol"));
        this.hasAccounts = inputs.trades().stream().allMatch(s -> s.profile().format() == MarketDataFormat.TRADE_EXPORT);
        this.hasOrders = !inputs.orders().isEmpty();
        List<String> trades = new ArrayList<>();
        for (Source s : inputs.trades()) {
            trades.add("SELECT * FROM " + s.trades(connection, priceScale, qtyScale));
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP VIEW trades_all AS " + String.join(" UNION ALL ", trades));
            List<String> links = new ArrayList<>();
            for (Source s : inputs.links()) {
                links.add("SELECT * FROM " + s.links(connection));
            }
            st.execute("CREATE TEMP TABLE links AS " + (links.isEmpty()
                    ? "SELECT CAST(NULL AS VARCHAR) AS account, CAST(NULL AS VARCHAR) AS owner,"
                            + " CAST(NULL AS BIGINT) AS valid_from, CAST(NULL AS BIGINT) AS valid_to WHERE false"
                    : String.join(" UNION ALL ", links)));
            if (inputs.links().size() > 1) {
                // Each file was checked alone; together they must still give an account one owner at a time.
                try (ResultSet r = st.executeQuery("SELECT account, owner, prev_owner FROM (SELECT account, owner,"
                        + " valid_from, lag(owner) OVER w AS prev_owner, lag(coalesce(valid_to, 9223372036854775807))"
                        + " OVER w AS prev_to FROM links WINDOW w AS (PARTITION BY account ORDER BY valid_from, owner))"
                        + " WHERE prev_to > valid_from ORDER BY account LIMIT 1")) {
                    if (r.next()) {
                        throw new org.glassbox.api.shared.InvalidField("evidence", "the account link files give account "
                                + r.getString(1) + " two owners at once (" + r.getString(3) + " and " + r.getString(2) + ")");
                    }
                }
            }
            if (inputs.trades().size() > 1) {
                try (ResultSet r = st.executeQuery("SELECT trade_id FROM trades_all GROUP BY trade_id HAVING count(*) > 1"
                        + " ORDER BY trade_id LIMIT 1")) {
                    if (r.next()) {
                        throw new org.glassbox.api.shared.InvalidField("evidence", "trade " + r.getString(1)
                                + " is in more than one of the trade files; each trade must be read once");
                    }
                }
            }
            st.execute("CREATE TEMP TABLE case_accounts (account VARCHAR)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_accounts VALUES (?)")) {
                for (String a : inputs.caseAccounts()) {
                    insert.setString(1, a);
                    insert.execute();
                }
            }
            st.execute("CREATE TEMP TABLE mm_owners AS SELECT 'A:' || account AS owner FROM case_accounts"
                    + " UNION SELECT 'O:' || owner FROM links WHERE account IN (SELECT account FROM case_accounts)");
            st.execute("CREATE TEMP VIEW owned AS SELECT t.*,"
                    + " coalesce('O:' || lb.owner, 'A:' || t.buyer) AS buyer_owner,"
                    + " coalesce('O:' || ls.owner, 'A:' || t.seller) AS seller_owner"
                    + " FROM trades_all t"
                    + " LEFT JOIN links lb ON lb.account = t.buyer AND t.ts >= lb.valid_from"
                    + " AND (lb.valid_to IS NULL OR t.ts < lb.valid_to)"
                    + " LEFT JOIN links ls ON ls.account = t.seller AND t.ts >= ls.valid_from"
                    + " AND (ls.valid_to IS NULL OR t.ts < ls.valid_to)"
                    + (symbol == null ? "" : " WHERE t.symbol = '" + Engine.quote(symbol) + "' OR t.symbol IS NULL"));
            st.execute("CREATE TEMP VIEW trades AS SELECT *,"
                    + " coalesce(buyer_owner IN (SELECT owner FROM mm_owners), false) AS buyer_mm,"
                    + " coalesce(seller_owner IN (SELECT owner FROM mm_owners), false) AS seller_mm FROM owned");
            if (hasOrders) {
                List<String> orders = new ArrayList<>();
                for (Source s : inputs.orders()) {
                    orders.add("SELECT * FROM " + s.orders(connection, priceScale, qtyScale));
                }
                st.execute("CREATE TEMP VIEW orders_all AS " + String.join(" UNION ALL ", orders));
                st.execute("CREATE TEMP VIEW orders AS SELECT o.*, coalesce(coalesce('O:' || l.owner, 'A:' || o.account)"
                        + " IN (SELECT owner FROM mm_owners), false) AS mm FROM orders_all o"
                        + " LEFT JOIN links l ON l.account = o.account AND o.ts >= l.valid_from"
                        + " AND (l.valid_to IS NULL OR o.ts < l.valid_to)"
                        + (symbol == null ? "" : " WHERE o.symbol = '" + Engine.quote(symbol) + "'"));
            }
        }
    }

    private static String symbolOf(AnalysisInputs inputs, String given) {
        TreeSet<String> symbols = new TreeSet<>();
        boolean unknown = false;
        for (Source s : inputs.trades()) {
            symbols.addAll(s.profile().symbols());
            // A profile lists at most LISTED symbols: beyond that its list is not the whole truth.
            unknown |= s.profile().symbolCount() == 0 || s.profile().symbolCount() > s.profile().symbols().size();
        }
        if (given != null) {
            if (!symbols.contains(given) && !unknown) {
                throw new org.glassbox.api.shared.InvalidField("parameters.symbol",
                        "names " + given + ", which the trade files do not hold (they hold " + symbols + ")");
            }
            return given;
        }
        if (symbols.size() > 1) {
            throw new org.glassbox.api.shared.InvalidField("parameters.symbol",
                    "must be given: the trade files hold " + symbols.size() + " symbols " + symbols);
        }
        return symbols.isEmpty() ? null : symbols.first();
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the trades say who bought and sold (the internal export does, the public dumps do not). */
    public boolean hasAccounts() {
        return hasAccounts;
    }

    public boolean hasOrders() {
        return hasOrders;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    Connection connection() {
        return connection;
    }

    /** Runs a query and hands each row to the consumer. */
    void each(String sql, RowConsumer consumer) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                consumer.accept(r);
            }
        }
    }

    /** A single-row query's columns. */
    Object[] one(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            Object[] row = new Object[r.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = r.getObject(i + 1);
            }
            return row;
        }
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static long integer(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }
}
