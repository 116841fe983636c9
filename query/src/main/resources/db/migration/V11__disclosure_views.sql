-- Read models of the disclosure views (processing group "disclosure-views"): staff see every draft;
-- the public registry reads only public_notice, which holds nothing that was not published.
CREATE TABLE disclosure_view (
    disclosure_id           VARCHAR(64)  PRIMARY KEY,
    case_id                 VARCHAR(64)  NOT NULL,
    kind                    VARCHAR(16)  NOT NULL,
    supersedes              VARCHAR(64),
    template_id             VARCHAR(64)  NOT NULL,
    facts_json              TEXT         NOT NULL,
    text                    TEXT         NOT NULL,
    revision                INT          NOT NULL DEFAULT 0,
    status                  VARCHAR(16)  NOT NULL,
    drafted_by              VARCHAR(64),
    drafted_at              TIMESTAMPTZ  NOT NULL,
    submitted_by            VARCHAR(64),
    submitted_at            TIMESTAMPTZ,
    decided_by              VARCHAR(64),
    decision_reason         TEXT,
    notice_reference        VARCHAR(64),
    pdf_sha256              CHAR(64),
    published_at            TIMESTAMPTZ,
    superseded_by_reference VARCHAR(64),
    version                 BIGINT       NOT NULL
);
CREATE INDEX disclosure_view_case ON disclosure_view (case_id, drafted_at DESC);
CREATE INDEX disclosure_view_waiting ON disclosure_view (submitted_at) WHERE status = 'SUBMITTED';

CREATE TABLE disclosure_revision (
    event_id      VARCHAR(255) PRIMARY KEY,
    disclosure_id VARCHAR(64)  NOT NULL,
    revision      INT          NOT NULL,
    text          TEXT         NOT NULL,
    revised_by    VARCHAR(64),
    revised_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (disclosure_id, revision)
);

CREATE TABLE public_notice (
    reference               VARCHAR(64)  PRIMARY KEY,
    disclosure_id           VARCHAR(64)  NOT NULL UNIQUE,
    kind                    VARCHAR(16)  NOT NULL,
    market_maker            VARCHAR(200) NOT NULL,
    markets                 TEXT[]       NOT NULL,
    text                    TEXT         NOT NULL,
    facts_json              TEXT         NOT NULL,
    pdf_sha256              CHAR(64)     NOT NULL UNIQUE,
    pdf_size                BIGINT       NOT NULL,
    pdf_address             VARCHAR(300) NOT NULL,
    published_at            TIMESTAMPTZ  NOT NULL,
    supersedes_reference    VARCHAR(64),
    superseded_by_reference VARCHAR(64),
    superseded_by_kind      VARCHAR(16),
    search_text             TEXT         NOT NULL
);
CREATE INDEX public_notice_newest ON public_notice (published_at DESC);
