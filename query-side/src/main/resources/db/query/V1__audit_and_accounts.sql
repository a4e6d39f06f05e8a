-- Read models of the query side, in schema "query". Every row is keyed by the id of the event it comes from, so a
-- redelivered event (at-least-once from Kafka, or a replay) never counts twice.
CREATE TABLE audit_event (
    event_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    request_id           VARCHAR(64)  NOT NULL,
    event_time           TIMESTAMPTZ  NOT NULL,
    event_source         VARCHAR(128) NOT NULL,
    event_name           VARCHAR(128),
    aws_region           VARCHAR(64),
    source_ip_address    VARCHAR(64),
    user_agent           VARCHAR(1024),
    identity_type        VARCHAR(32)  NOT NULL,
    principal_id         VARCHAR(128),
    principal_arn        VARCHAR(2048),
    principal_account_id VARCHAR(12),
    access_key_id        VARCHAR(128),
    recipient_account_id VARCHAR(12),
    error_code           VARCHAR(128),
    error_message        VARCHAR(4096)
);
CREATE INDEX audit_event_time ON audit_event (event_time);
CREATE INDEX audit_event_request ON audit_event (request_id);

CREATE TABLE account (
    account_id   VARCHAR(12)  NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    last_event_id VARCHAR(64) NOT NULL
);
