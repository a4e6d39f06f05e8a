-- The command side's own view of who may sign requests, written in the same transaction as the events.
-- Never a secret: the secret is derived from the master key ring or supplied by configuration.
CREATE TABLE access_key (
    access_key_id  VARCHAR(128) NOT NULL PRIMARY KEY,
    account_id     VARCHAR(12)  NOT NULL,
    principal_type VARCHAR(32)  NOT NULL,
    principal_id   VARCHAR(128) NOT NULL,
    principal_arn  VARCHAR(2048) NOT NULL,
    secret_source  VARCHAR(16)  NOT NULL,
    master_key_id  VARCHAR(64),
    status         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE account_directory (
    account_id VARCHAR(12)  NOT NULL PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
