package org.glassbox.analysis.methods;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** W1: trades whose buyer and seller are the same account, or accounts of one owner at the trade's time. */
public final class SelfTrades implements AnalysisMethod {

    @Override
    public String id() {
        return "W1";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public String title() {
        return "Self- and same-owner trades";
    }

    @Override
    public String description() {
        return "Flags every trade whose buyer and seller are the same account, or two accounts that the account"
                + " links give one beneficial owner at the time of the trade.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.symbol());
    }

    @Override
    public boolean needsAccounts() {
        return true;
    }

    @Override
    public int steps() {
        return 2;
    }

    /** Every same-owner trade (same-account ones included) of the market. */
    static List<Flagged> detect(Market market, List<Flagged> sameAccountOnly) throws SQLException {
        List<Flagged> flagged = new ArrayList<>();
        market.each("SELECT trade_id, ts, qty, buyer = seller AS same_account, buyer_mm OR seller_mm AS mm"
                + " FROM trades WHERE buyer = seller OR buyer_owner = seller_owner", r -> {
                    Flagged f = new Flagged(r.getString(1), r.getLong(2), r.getBigDecimal(3), r.getBoolean(5));
                    flagged.add(f);
                    if (r.getBoolean(4) && sameAccountOnly != null) {
                        sameAccountOnly.add(f);
                    }
                });
        return flagged;
    }

    @Override
    public ObjectNode run(Market market, Progress progress) throws SQLException {
        Totals totals = Totals.of(market);
        progress.step(1, steps(), "counting the market");
        List<Flagged> sameAccount = new ArrayList<>();
        List<Flagged> flagged = detect(market, sameAccount);
        progress.step(2, steps(), "matching buyers and sellers");
        ObjectNode result = Detections.summary(flagged, totals);
        ArrayNode sensitivity = result.putArray("sensitivity");
        ObjectNode account = Detections.summary(sameAccount, totals);
        account.remove("tradeIds");
        account.putObject("thresholds").put("match", "SAME_ACCOUNT");
        sensitivity.add(account);
        ObjectNode owner = Detections.summary(flagged, totals);
        owner.remove("tradeIds");
        owner.putObject("thresholds").put("match", "SAME_OWNER");
        sensitivity.add(owner);
        return result;
    }

    /** All trades of the market: how many and their quantity. */
    record Totals(long trades, BigDecimal volume) {
        static Totals of(Market market) throws SQLException {
            Object[] row = market.one("SELECT count(*), sum(qty) FROM trades");
            return new Totals(Market.integer(row[0]), Market.decimal(row[1]));
        }
    }
}
