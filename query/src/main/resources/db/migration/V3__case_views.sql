-- Read models of the case views. Owned by the "case-views" processing group: rebuilt from the event
-- store by truncating them and replaying (see ProjectionRebuild).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE case_view (
    case_id             VARCHAR(64)  PRIMARY KEY,
    reference           VARCHAR(32)  NOT NULL UNIQUE,
    status              VARCHAR(24)  NOT NULL,
    status_rank         SMALLINT     NOT NULL,
    market_maker_id     VARCHAR(64)  NOT NULL,
    market_maker_name   VARCHAR(200) NOT NULL,
    accounts            TEXT[]       NOT NULL,
    symbols             TEXT[]       NOT NULL,
    behaviours          TEXT[]       NOT NULL,
    summary             TEXT         NOT NULL,
    severity            VARCHAR(16)  NOT NULL,
    severity_rank       SMALLINT     NOT NULL,
    source_kind         VARCHAR(16)  NOT NULL,
    source_alert_id     VARCHAR(100),
    source_reported_by  VARCHAR(200),
    flagged_by          VARCHAR(64),
    flagged_at          TIMESTAMPTZ  NOT NULL,
    assignee            VARCHAR(64),
    pending_outcome     VARCHAR(32),
    pending_reason      TEXT,
    pending_proposed_by VARCHAR(64),
    pending_proposed_at TIMESTAMPTZ,
    outcome             VARCHAR(32),
    closed_at           TIMESTAMPTZ,
    last_activity_at    TIMESTAMPTZ  NOT NULL,
    -- aggregate sequence of the last event applied: replays of older events are no-ops
    version             BIGINT       NOT NULL,
    -- lower-cased reference, market maker id and name, and summary, for the list's text search
    search_text         TEXT         NOT NULL
);

CREATE INDEX case_view_newest ON case_view (flagged_at DESC, reference DESC);
CREATE INDEX case_view_activity ON case_view (last_activity_at DESC, reference);
CREATE INDEX case_view_status ON case_view (status, flagged_at DESC);
CREATE INDEX case_view_market_maker ON case_view (market_maker_id, flagged_at DESC);
CREATE INDEX case_view_assignee ON case_view (assignee, flagged_at DESC);
CREATE INDEX case_view_symbols ON case_view USING GIN (symbols);
CREATE INDEX case_view_behaviours ON case_view USING GIN (behaviours);
CREATE INDEX case_view_search ON case_view USING GIN (search_text gin_trgm_ops);

CREATE TABLE case_allegation_view (
    case_id    VARCHAR(64) NOT NULL REFERENCES case_view (case_id) ON DELETE CASCADE,
    behaviour  VARCHAR(32) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    reason     TEXT,
    decided_by VARCHAR(64),
    PRIMARY KEY (case_id, behaviour)
);

CREATE TABLE case_timeline_entry (
    event_id    VARCHAR(255) PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    event_type  VARCHAR(100) NOT NULL,
    actor       VARCHAR(64),
    actor_roles VARCHAR(200),
    description TEXT         NOT NULL,
    reason      TEXT,
    UNIQUE (case_id, sequence)
);
