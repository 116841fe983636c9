package org.glassbox.query.approvals;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.glassbox.api.approvals.ApprovalRequest;
import org.glassbox.api.approvals.FindPendingApprovals;
import org.glassbox.api.freeze.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The supervisor's approvals queue across all cases: freezes and lifts (freeze views), closures
 * (case views) and public notices (disclosure views) waiting for a second person, oldest first.
 */
@Component
class ApprovalQueries {
    private final JdbcTemplate jdbc;

    ApprovalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ApprovalRequest> handle(FindPendingApprovals query) {
        return jdbc.query("""
                SELECT 'FREEZE' AS kind, f.case_id, c.reference, f.freeze_id, f.requested_by, f.requested_at,
                    f.justification, f.urgency, f.decision_overdue AS overdue, NULL AS disclosure_id
                FROM freeze_view f LEFT JOIN case_view c ON c.case_id = f.case_id WHERE f.status = 'REQUESTED'
                UNION ALL
                SELECT 'LIFT', f.case_id, c.reference, f.freeze_id, f.lift_requested_by, f.lift_requested_at,
                    f.lift_reason, NULL, FALSE, NULL
                FROM freeze_view f LEFT JOIN case_view c ON c.case_id = f.case_id WHERE f.status = 'LIFT_REQUESTED'
                UNION ALL
                SELECT 'CLOSURE', case_id, reference, NULL, pending_proposed_by, pending_proposed_at,
                    -- the outcome in words, as every screen says it: "Referred to regulator: ..."
                    upper(left(pending_outcome, 1)) || replace(lower(substr(pending_outcome, 2)), '_', ' ')
                        || ': ' || pending_reason, NULL, FALSE, NULL
                FROM case_view WHERE status = 'CLOSURE_PROPOSED'
                UNION ALL
                SELECT 'DISCLOSURE', d.case_id, c.reference, NULL, d.submitted_by, d.submitted_at,
                    'Public ' || lower(d.kind) || ': ' || left(d.text, 300), NULL, FALSE, d.disclosure_id
                FROM disclosure_view d LEFT JOIN case_view c ON c.case_id = d.case_id WHERE d.status = 'SUBMITTED'
                ORDER BY 6, 4 NULLS LAST, 2""",
                (rs, n) -> new ApprovalRequest(ApprovalRequest.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7), rs.getString(8) == null ? null : Urgency.valueOf(rs.getString(8)),
                        rs.getBoolean(9), rs.getString(10)));
    }
}
