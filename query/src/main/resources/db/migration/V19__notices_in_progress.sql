-- The communications team's work list reads the notices not yet published, oldest step first.
CREATE INDEX disclosure_view_in_progress ON disclosure_view (coalesce(submitted_at, drafted_at))
    WHERE status <> 'PUBLISHED';
