-- Analysis runs as the analyses tab and API show them (processing group analysis-views).
CREATE TABLE analysis_run (
    run_id               TEXT PRIMARY KEY,
    case_id              TEXT                     NOT NULL,
    method               TEXT                     NOT NULL,
    method_version       TEXT                     NOT NULL,
    status               TEXT                     NOT NULL,
    inputs               TEXT                     NOT NULL,
    parameters           TEXT                     NOT NULL,
    case_accounts        TEXT[]                   NOT NULL,
    requested_by         TEXT,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE,
    completed_at         TIMESTAMP WITH TIME ZONE,
    result_digest        TEXT,
    result_address       TEXT,
    result_size          BIGINT,
    engine               TEXT,
    headline             TEXT,
    failure              TEXT,
    verification         TEXT,
    verified_at          TIMESTAMP WITH TIME ZONE,
    verification_digest  TEXT,
    verification_problem TEXT,
    allegations          TEXT[]                   NOT NULL DEFAULT '{}',
    version              BIGINT                   NOT NULL
);
CREATE INDEX analysis_run_case ON analysis_run (case_id, requested_at DESC);
