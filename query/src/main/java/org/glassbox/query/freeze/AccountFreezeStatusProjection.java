package org.glassbox.query.freeze;

import java.sql.Timestamp;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.glassbox.api.freeze.AccountHoldPlaced;
import org.glassbox.api.freeze.AccountHoldReleased;
import org.glassbox.api.freeze.FreezeScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the accounts view (tables account_freeze_view and account_hold_view) from the per-account
 * hold aggregate: whether an account is frozen, with what scope, since when, and by which freezes.
 * The account row's version guards both tables, so an event handled twice changes nothing.
 */
@Component
@ProcessingGroup(FreezeViews.PROCESSING_GROUP)
class AccountFreezeStatusProjection {
    private final JdbcTemplate jdbc;

    AccountFreezeStatusProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountHoldPlaced e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        if (advance(e.accountId(), e.effectiveScope(), e.holds(), at, seq)) {
            jdbc.update("""
                    INSERT INTO account_hold_view (account_id, freeze_id, case_id, scope, held_since) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""",
                    e.accountId(), e.freezeId(), e.caseId(), e.scope().name(), Timestamp.from(at));
        }
    }

    @EventHandler
    void on(AccountHoldReleased e, @SequenceNumber Long seq, @org.axonframework.eventhandling.Timestamp Instant at) {
        if (advance(e.accountId(), e.effectiveScope(), e.holds(), at, seq)) {
            jdbc.update("DELETE FROM account_hold_view WHERE account_id = ? AND freeze_id = ?", e.accountId(),
                    e.freezeId());
        }
    }

    /** Moves the account row to this event's state; answers false if it was already there or beyond. */
    private boolean advance(String accountId, FreezeScope effective, int holds, Instant at, long seq) {
        // frozen_since: kept while the account stays held, set when it becomes held, cleared when freed.
        return jdbc.update("""
                INSERT INTO account_freeze_view AS a (account_id, effective_scope, holds, frozen_since, version)
                VALUES (?, ?, ?, CASE WHEN ? > 0 THEN ?::timestamptz END, ?)
                ON CONFLICT (account_id) DO UPDATE SET effective_scope = EXCLUDED.effective_scope, holds = EXCLUDED.holds,
                    frozen_since = CASE WHEN EXCLUDED.holds = 0 THEN NULL ELSE COALESCE(a.frozen_since, EXCLUDED.frozen_since) END,
                    version = EXCLUDED.version
                WHERE a.version < EXCLUDED.version""",
                accountId, effective == null ? null : effective.name(), holds, holds, Timestamp.from(at), seq) > 0;
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE account_freeze_view, account_hold_view");
    }
}
