-- Read models of the freeze views (processing group "freeze-views"): rebuilt by truncating and replaying.
CREATE TABLE freeze_view (
    freeze_id         VARCHAR(64)  PRIMARY KEY,
    case_id           VARCHAR(64)  NOT NULL,
    accounts          TEXT[]       NOT NULL,
    scope             VARCHAR(16)  NOT NULL,
    amount_assets     TEXT[]       NOT NULL,
    amount_values     NUMERIC[]    NOT NULL,
    justification     TEXT         NOT NULL,
    urgency           VARCHAR(16)  NOT NULL,
    review_by         TIMESTAMPTZ  NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    requested_by      VARCHAR(64),
    requested_at      TIMESTAMPTZ  NOT NULL,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMPTZ,
    decision_reason   TEXT,
    confirmation      VARCHAR(200),
    executed_at       TIMESTAMPTZ,
    failed_attempts   INT          NOT NULL DEFAULT 0,
    last_error        TEXT,
    escalated         BOOLEAN      NOT NULL DEFAULT FALSE,
    decision_overdue  BOOLEAN      NOT NULL DEFAULT FALSE,
    review_overdue    BOOLEAN      NOT NULL DEFAULT FALSE,
    lift_requested_by VARCHAR(64),
    lift_requested_at TIMESTAMPTZ,
    lift_reason       TEXT,
    lifted_at         TIMESTAMPTZ,
    lift_confirmation VARCHAR(200),
    -- aggregate sequence of the last event applied: replays of older events are no-ops
    version           BIGINT       NOT NULL
);
CREATE INDEX freeze_view_case ON freeze_view (case_id, requested_at DESC);
CREATE INDEX freeze_view_waiting ON freeze_view (requested_at) WHERE status IN ('REQUESTED', 'LIFT_REQUESTED');
CREATE INDEX freeze_view_in_force ON freeze_view (review_by) WHERE status IN ('EXECUTED', 'LIFT_REQUESTED');

CREATE TABLE freeze_history_entry (
    event_id    VARCHAR(255) PRIMARY KEY,
    freeze_id   VARCHAR(64)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(64),
    what        TEXT         NOT NULL,
    UNIQUE (freeze_id, sequence)
);

-- One row per exchange account ever held; effective_scope NULL once no freeze holds it.
CREATE TABLE account_freeze_view (
    account_id      VARCHAR(64) PRIMARY KEY,
    effective_scope VARCHAR(16),
    holds           INT         NOT NULL,
    frozen_since    TIMESTAMPTZ,
    version         BIGINT      NOT NULL
);

CREATE TABLE account_hold_view (
    account_id  VARCHAR(64) NOT NULL,
    freeze_id   VARCHAR(64) NOT NULL,
    case_id     VARCHAR(64) NOT NULL,
    scope       VARCHAR(16) NOT NULL,
    held_since  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, freeze_id)
);
