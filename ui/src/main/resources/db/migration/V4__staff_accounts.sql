-- Staff who log in. Passwords are stored as {bcrypt} hashes (Spring Security's delegating encoder).
-- Not event-sourced: user management is ADMIN work and not part of any case's history.
CREATE TABLE staff_account (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
