-- One evidence item per distinct bytes per case: the same file submitted twice is recognised and
-- linked, not stored twice. Written in the submission's transaction.
CREATE TABLE case_evidence_digest (
    case_id VARCHAR(64) NOT NULL,
    sha256  CHAR(64)    NOT NULL,
    item_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_id, sha256)
);
