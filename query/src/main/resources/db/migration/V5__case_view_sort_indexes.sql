-- The case list's other sort orders, so that their pages (by offset or by cursor) come from an index
-- at any size. Every index ends on the reference in the same direction as the ORDER BY of CaseQueries.
CREATE INDEX case_view_severity ON case_view (severity_rank DESC, flagged_at DESC, reference DESC);
CREATE INDEX case_view_status_order ON case_view (status_rank, flagged_at DESC, reference DESC);
DROP INDEX case_view_activity;
CREATE INDEX case_view_activity ON case_view (last_activity_at DESC, reference DESC);
