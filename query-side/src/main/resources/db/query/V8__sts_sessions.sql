-- Session lineage (AUDIT-2): every issued session by its access key id, with its parent and the identity that started
-- its chain. Facts of SessionStarted only: no secret exists in the events to copy.
CREATE TABLE sts_session (
    session_id        VARCHAR(64)   NOT NULL PRIMARY KEY,
    access_key_id     VARCHAR(32)   NOT NULL UNIQUE,
    kind              VARCHAR(32)   NOT NULL,
    account_id        VARCHAR(12)   NOT NULL,
    principal_arn     VARCHAR(2048) NOT NULL,
    issuer_arn        VARCHAR(2048) NOT NULL,
    caller_arn        VARCHAR(2048) NOT NULL,
    session_name      VARCHAR(64),
    source_identity   VARCHAR(64),
    parent_session_id VARCHAR(64),
    origin_arn        VARCHAR(2048) NOT NULL,
    issued_at         TIMESTAMPTZ   NOT NULL,
    expires_at        TIMESTAMPTZ   NOT NULL,
    mfa_authenticated BOOLEAN       NOT NULL,
    source_ip         VARCHAR(64),
    revoked_at        TIMESTAMPTZ
);
CREATE INDEX sts_session_parent ON sts_session (parent_session_id);
