-- Signed checkpoints of the hash chain, newest shown on the public registry (group "audit-views").
CREATE TABLE chain_checkpoint_view (
    checkpoint_id VARCHAR(64)  PRIMARY KEY,
    position      BIGINT       NOT NULL,
    digest        CHAR(64)     NOT NULL,
    signature     VARCHAR(200) NOT NULL,
    public_key    VARCHAR(200) NOT NULL,
    signed_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX chain_checkpoint_newest ON chain_checkpoint_view (signed_at DESC);
