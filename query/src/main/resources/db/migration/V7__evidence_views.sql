-- Read models of the evidence views (processing group "evidence-views").
CREATE TABLE evidence_view (
    item_id              VARCHAR(64)  PRIMARY KEY,
    case_id              VARCHAR(64)  NOT NULL,
    kind                 VARCHAR(32)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    description          TEXT,
    source_system        VARCHAR(200) NOT NULL,
    collected_by         VARCHAR(200) NOT NULL,
    collected_at         TIMESTAMPTZ  NOT NULL,
    submitted_by         VARCHAR(64),
    submitted_at         TIMESTAMPTZ  NOT NULL,
    sha256               CHAR(64)     NOT NULL,
    size                 BIGINT       NOT NULL,
    media_type           VARCHAR(200) NOT NULL,
    file_name            VARCHAR(255) NOT NULL,
    address              VARCHAR(300) NOT NULL,
    confidentiality      VARCHAR(16)  NOT NULL,
    allegations          TEXT[]       NOT NULL,
    excluded             BOOLEAN      NOT NULL DEFAULT FALSE,
    excluded_reason      TEXT,
    verified_at          TIMESTAMPTZ,
    verified_intact      BOOLEAN,
    verification_problem TEXT,
    version              BIGINT       NOT NULL
);
CREATE INDEX evidence_view_case ON evidence_view (case_id, submitted_at);
CREATE INDEX evidence_view_to_verify ON evidence_view (verified_at NULLS FIRST) WHERE NOT excluded;

CREATE TABLE evidence_custody_entry (
    event_id    VARCHAR(255) PRIMARY KEY,
    item_id     VARCHAR(64)  NOT NULL,
    sequence    BIGINT       NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(64),
    actor_roles VARCHAR(200),
    action      VARCHAR(64)  NOT NULL,
    detail      TEXT         NOT NULL,
    UNIQUE (item_id, sequence)
);
