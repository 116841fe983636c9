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

import org.glassbox.analysis.book.OrderEvent;
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
    private final List<String> orderSources = new ArrayList<>();
    private final org.glassbox.analysis.format.KpiTerms kpiTerms;

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
        // KPI terms are for one symbol: a run against them reads that market unless told otherwise.
        boolean fromTerms = parameters.get("symbol") == null && inputs.kpiTerms() != null;
        this.symbol = symbolOf(inputs, fromTerms ? inputs.kpiTerms().symbol() : parameters.get("symbol"),
                fromTerms ? "evidence" : "parameters.symbol", fromTerms ? "the KPI terms are for " : "names ");
        this.hasAccounts = inputs.trades().stream().allMatch(s -> s.profile().format() == MarketDataFormat.TRADE_EXPORT);
        this.hasOrders = !inputs.orders().isEmpty();
        this.kpiTerms = inputs.kpiTerms();
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
                    String typed = s.orders(connection, priceScale, qtyScale);
                    orderSources.add(typed);
                    orders.add("SELECT * FROM " + typed);
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

    private static String symbolOf(AnalysisInputs inputs, String given, String field, String saying) {
        TreeSet<String> symbols = new TreeSet<>();
        boolean unknown = false;
        for (Source s : inputs.trades()) {
            symbols.addAll(s.profile().symbols());
            // A profile lists at most LISTED symbols: beyond that its list is not the whole truth.
            unknown |= s.profile().symbolCount() == 0 || s.profile().symbolCount() > s.profile().symbols().size();
        }
        if (given != null) {
            if (!symbols.contains(given) && !unknown) {
                throw new org.glassbox.api.shared.InvalidField(field,
                        saying + given + ", which the trade files do not hold (they hold " + symbols + ")");
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

    /** Refuses a run of an order method without order events. */
    void requireOrders(String method) {
        if (!hasOrders) {
            throw new org.glassbox.api.shared.InvalidField("evidence", method + " reads order events: add the case's"
                    + " order events (ORDER_EVENTS) to the run");
        }
    }

    /** The refusal of a run whose order events hold nothing of its market: no figures rather than zeros. */
    org.glassbox.api.shared.InvalidField noOrderEvents() {
        return new org.glassbox.api.shared.InvalidField("evidence", "the order events hold no events"
                + (symbol == null ? "" : " for " + symbol) + ", so there is nothing to measure");
    }

    /** The KPI terms given to the run, or null. */
    public org.glassbox.analysis.format.KpiTerms kpiTerms() {
        return kpiTerms;
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

    /**
     * Hands every order event of the market to the consumer, in time order and, within one time, in the
     * order the file has them (each file is read as written; several files are merged by time, ties going
     * to the earlier file, and the runner lists them by their bytes' digest, so the order a request named
     * them in does not matter), with its owner at the event's time and whether that owner is the market
     * maker's. The engine types the values; nothing but the current rows is held.
     */
    void replay(Replay consumer) throws SQLException {
        Owners owners = owners();
        java.util.Set<String> mm = new java.util.HashSet<>();
        each("SELECT owner FROM mm_owners", r -> mm.add(r.getString(1)));
        List<Cursor> cursors = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            // The files' own order is what ties are broken by, so these queries must keep it.
            s.execute("SET preserve_insertion_order = true");
            try {
                for (int i = 0; i < orderSources.size(); i++) {
                    cursors.add(Cursor.open(i, (org.duckdb.DuckDBConnection) connection, orderSources.get(i)));
                }
                java.util.PriorityQueue<Cursor> queue = new java.util.PriorityQueue<>(java.util.Comparator
                        .comparingLong((Cursor c) -> c.event.timeMicros()).thenComparingInt(c -> c.file));
                for (Cursor c : cursors) {
                    if (c.advance(symbol)) {
                        queue.add(c);
                    }
                }
                while (!queue.isEmpty()) {
                    Cursor c = queue.poll();
                    OrderEvent e = c.event;
                    String owner = owners.of(e.account(), e.timeMicros());
                    try {
                        consumer.accept(e, owner, mm.contains(owner));
                    } catch (org.glassbox.analysis.book.BookInconsistency inconsistent) {
                        throw new org.glassbox.api.shared.InvalidField("evidence", "the order events do not follow from"
                                + " each other" + (cursors.size() > 1 ? " across their files (file " + (c.file + 1) + ", "
                                        : " (") + inconsistent.getMessage() + ")");
                    }
                    if (c.advance(symbol)) {
                        queue.add(c);
                    }
                }
            } finally {
                for (Cursor c : cursors) {
                    c.closeQuietly();
                }
                s.execute("SET preserve_insertion_order = false");
            }
        }
    }

    /** Who owns an account at a time, from the account links. */
    Owners owners() throws SQLException {
        Map<String, List<long[]>> spans = new java.util.HashMap<>();
        Map<String, List<String>> names = new java.util.HashMap<>();
        each("SELECT account, owner, valid_from, valid_to FROM links ORDER BY account, valid_from", r -> {
            spans.computeIfAbsent(r.getString(1), a -> new ArrayList<>()).add(new long[] {r.getLong(3),
                r.getObject(4) == null ? Long.MAX_VALUE : r.getLong(4)});
            names.computeIfAbsent(r.getString(1), a -> new ArrayList<>()).add(r.getString(2));
        });
        return new Owners(spans, names);
    }

    /** The account links in memory (a few rows a client): 'O:' + owner, or 'A:' + account while unlinked. */
    static final class Owners {
        private final Map<String, List<long[]>> spans;
        private final Map<String, List<String>> names;

        private Owners(Map<String, List<long[]>> spans, Map<String, List<String>> names) {
            this.spans = spans;
            this.names = names;
        }

        String of(String account, long ts) {
            List<long[]> s = spans.get(account);
            if (s != null) {
                for (int i = 0; i < s.size(); i++) {
                    if (ts >= s.get(i)[0] && ts < s.get(i)[1]) {
                        return "O:" + names.get(account).get(i);
                    }
                }
            }
            return "A:" + account;
        }
    }

    /** One order file read row by row in its own order, on its own connection to the run's database. */
    private static final class Cursor {
        final int file;
        final Connection connection;
        final Statement statement;
        final ResultSet rows;
        long line = 1;
        OrderEvent event;

        private Cursor(int file, Connection connection, Statement statement, ResultSet rows) {
            this.file = file;
            this.connection = connection;
            this.statement = statement;
            this.rows = rows;
        }

        static Cursor open(int file, org.duckdb.DuckDBConnection database, String source) throws SQLException {
            Connection c = database.duplicate();
            Statement s = null;
            try {
                s = c.createStatement();
                return new Cursor(file, c, s, s.executeQuery("SELECT event_id, ts, account, order_id, event_type, side,"
                        + " price, qty, leaves_qty, filled_qty, trade_id, symbol FROM " + source));
            } catch (SQLException | RuntimeException e) {
                if (s != null) {
                    s.close();
                }
                c.close();
                throw e;
            }
        }

        boolean advance(String symbol) throws SQLException {
            while (rows.next()) {
                line++;
                if (symbol != null && !symbol.equals(rows.getString(12))) {
                    continue;
                }
                event = new OrderEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                        OrderEvent.Type.valueOf(rows.getString(5)), OrderEvent.Side.valueOf(rows.getString(6)),
                        rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getBigDecimal(9), rows.getBigDecimal(10),
                        rows.getString(11), line);
                return true;
            }
            event = null;
            return false;
        }

        /** Closes all three; a failure to close is no reason to hide what happened before it. */
        void closeQuietly() {
            for (AutoCloseable a : new AutoCloseable[] {rows, statement, connection}) {
                try {
                    a.close();
                } catch (Exception ignored) {
                    // the run's database goes with its last connection anyway
                }
            }
        }
    }

    /** Takes one order event with its owner at the event's time. */
    @FunctionalInterface
    interface Replay {
        void accept(OrderEvent event, String owner, boolean marketMaker) throws SQLException;
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
