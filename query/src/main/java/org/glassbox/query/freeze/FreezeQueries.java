package org.glassbox.query.freeze;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.freeze.AccountFreezeStatus;
import org.glassbox.api.freeze.FindAccountFreezeStatus;
import org.glassbox.api.freeze.FindCaseFreezes;
import org.glassbox.api.freeze.FindFreeze;
import org.glassbox.api.freeze.FindFreezeHistory;
import org.glassbox.api.freeze.FindFreezesNeedingAttention;
import org.glassbox.api.freeze.FreezeHistoryEntry;
import org.glassbox.api.freeze.FreezeScope;
import org.glassbox.api.freeze.FreezeStatus;
import org.glassbox.api.freeze.FreezeSummary;
import org.glassbox.api.freeze.HeldAmount;
import org.glassbox.api.freeze.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the freeze queries from the freeze views' tables. */
@Component
class FreezeQueries {
    /**
     * A review is overdue once its deadline has passed, whether or not the deadline event has been
     * handled yet; the event makes it visible even to a reader whose clock lags.
     */
    private static final String SELECT = """
            SELECT f.*, c.reference AS case_reference,
                (f.review_overdue OR (f.status IN ('EXECUTED', 'LIFT_REQUESTED') AND f.review_by < ?)) AS overdue_review
            FROM freeze_view f LEFT JOIN case_view c ON c.case_id = f.case_id
            """;

    private final JdbcTemplate jdbc;

    FreezeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<FreezeSummary> handle(FindCaseFreezes query) {
        return jdbc.query(SELECT + " WHERE f.case_id = ? ORDER BY f.requested_at DESC, f.freeze_id",
                FreezeQueries::summary, Timestamp.from(query.asOf()), query.caseId());
    }

    @QueryHandler
    Optional<FreezeSummary> handle(FindFreeze query) {
        return jdbc.query(SELECT + " WHERE f.freeze_id = ?", FreezeQueries::summary, Timestamp.from(query.asOf()),
                query.freezeId()).stream().findFirst();
    }

    @QueryHandler
    List<FreezeSummary> handle(FindFreezesNeedingAttention query) {
        Timestamp asOf = Timestamp.from(query.asOf());
        return jdbc.query(SELECT + """
                 WHERE (f.status IN ('EXECUTED', 'LIFT_REQUESTED') AND (f.review_overdue OR f.review_by < ?))
                    OR f.escalated
                 ORDER BY f.review_by, f.freeze_id""", FreezeQueries::summary, asOf, asOf);
    }

    @QueryHandler
    List<FreezeHistoryEntry> handle(FindFreezeHistory query) {
        return jdbc.query("""
                SELECT sequence, occurred_at, actor, what FROM freeze_history_entry WHERE freeze_id = ? ORDER BY sequence""",
                (rs, n) -> new FreezeHistoryEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4)), query.freezeId());
    }

    @QueryHandler
    AccountFreezeStatus handle(FindAccountFreezeStatus query) {
        List<AccountFreezeStatus.Hold> holds = jdbc.query("""
                SELECT h.freeze_id, h.case_id, c.reference, h.scope, h.held_since, f.status
                FROM account_hold_view h
                LEFT JOIN case_view c ON c.case_id = h.case_id
                LEFT JOIN freeze_view f ON f.freeze_id = h.freeze_id
                WHERE h.account_id = ? ORDER BY h.held_since, h.freeze_id""",
                (rs, n) -> new AccountFreezeStatus.Hold(rs.getString(1), rs.getString(2), rs.getString(3),
                        FreezeScope.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        rs.getString(6) == null ? null : FreezeStatus.valueOf(rs.getString(6))),
                query.accountId());
        return jdbc.query("SELECT effective_scope, frozen_since FROM account_freeze_view WHERE account_id = ?",
                (rs, n) -> rs.getString(1) == null ? AccountFreezeStatus.free(query.accountId())
                        : new AccountFreezeStatus(query.accountId(), true, FreezeScope.valueOf(rs.getString(1)),
                                instant(rs, "frozen_since"), holds),
                query.accountId()).stream().findFirst().orElse(AccountFreezeStatus.free(query.accountId()));
    }

    private static FreezeSummary summary(ResultSet rs, int n) throws SQLException {
        String[] assets = (String[]) rs.getArray("amount_assets").getArray();
        BigDecimal[] values = (BigDecimal[]) rs.getArray("amount_values").getArray();
        List<HeldAmount> amounts = new ArrayList<>();
        for (int i = 0; i < assets.length; i++) {
            amounts.add(new HeldAmount(assets[i], values[i]));
        }
        return new FreezeSummary(rs.getString("freeze_id"), rs.getString("case_id"), rs.getString("case_reference"),
                Arrays.asList((String[]) rs.getArray("accounts").getArray()), FreezeScope.valueOf(rs.getString("scope")),
                amounts, rs.getString("justification"), Urgency.valueOf(rs.getString("urgency")),
                instant(rs, "review_by"), FreezeStatus.valueOf(rs.getString("status")), rs.getString("requested_by"),
                instant(rs, "requested_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_reason"), rs.getString("confirmation"), instant(rs, "executed_at"),
                rs.getInt("failed_attempts"), rs.getString("last_error"), rs.getBoolean("escalated"),
                rs.getBoolean("decision_overdue"), rs.getBoolean("overdue_review"), rs.getString("lift_requested_by"),
                instant(rs, "lift_requested_at"), rs.getString("lift_reason"), instant(rs, "lifted_at"),
                rs.getString("lift_confirmation"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
