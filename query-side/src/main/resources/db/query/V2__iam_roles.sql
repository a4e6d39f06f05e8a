-- Roles as IAM's Get/List operations show them. "version" is the aggregate sequence number of the last event
-- applied: an event at or below it was applied already (redelivery, replay) and changes nothing.
CREATE TABLE iam_role (
    role_id                  VARCHAR(32)   NOT NULL PRIMARY KEY,
    account_id               VARCHAR(12)   NOT NULL,
    role_name                VARCHAR(64)   NOT NULL,
    role_name_lower          VARCHAR(64)   NOT NULL,
    path                     VARCHAR(512)  NOT NULL,
    arn                      VARCHAR(2048) NOT NULL,
    create_date              TIMESTAMPTZ   NOT NULL,
    assume_role_policy       TEXT          NOT NULL,
    description              VARCHAR(1000),
    max_session_duration     INTEGER       NOT NULL,
    permissions_boundary_arn VARCHAR(2048),
    tags                     JSONB         NOT NULL,
    version                  BIGINT        NOT NULL,
    deleted                  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX iam_role_account_name ON iam_role (account_id, role_name_lower);

CREATE TABLE iam_role_policy (
    role_id         VARCHAR(32)  NOT NULL,
    policy_name     VARCHAR(128) NOT NULL,
    policy_document TEXT         NOT NULL,
    PRIMARY KEY (role_id, policy_name)
);
