-- Failed logins and refusals while locked, kept as the record of who tried what from where.
-- A success clears the user's earlier failures for counting (cleared), it does not delete them.
CREATE TABLE login_attempt (
    id         BIGSERIAL PRIMARY KEY,
    username   VARCHAR(200) NOT NULL,
    address    VARCHAR(64)  NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    outcome    VARCHAR(16)  NOT NULL CHECK (outcome IN ('FAILED', 'LOCKED_OUT')),
    cleared    BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX login_attempt_user ON login_attempt (username, at) WHERE NOT cleared;
CREATE INDEX login_attempt_address ON login_attempt (address, at) WHERE NOT cleared;
