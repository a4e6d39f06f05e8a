-- Revoked sessions and role session cutoffs, written by the subscribing "command-directory" processor with the
-- events, and read into memory once at start: verifying temporary credentials never reads the database (STS).
CREATE TABLE sts_role_session_cutoff (
    role_id       VARCHAR(32)  PRIMARY KEY,
    account_id    VARCHAR(12)  NOT NULL,
    issued_before TIMESTAMPTZ  NOT NULL
);

CREATE TABLE sts_revoked_session (
    session_id  VARCHAR(64)  PRIMARY KEY,
    account_id  VARCHAR(12)  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
