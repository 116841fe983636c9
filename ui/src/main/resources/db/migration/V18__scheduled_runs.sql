-- Each run of a recurring job (checkpoint signing, integrity verification, evidence re-verification,
-- orphan sweep), with the node that ran it: the jobs run once per period across all nodes
-- (db-scheduler on scheduled_tasks), and this is where that can be seen.
CREATE TABLE scheduled_run (
    id          BIGSERIAL PRIMARY KEY,
    task        VARCHAR(64)  NOT NULL,
    node        VARCHAR(128) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    outcome     VARCHAR(16)  NOT NULL DEFAULT 'RUNNING' CHECK (outcome IN ('RUNNING', 'DONE', 'FAILED')),
    detail      VARCHAR(500)
);
CREATE INDEX scheduled_run_task ON scheduled_run (task, started_at DESC);
