-- Instance profiles for IAM's Get/List operations; "version" is the aggregate sequence number last applied.
CREATE TABLE iam_instance_profile (
    instance_profile_id   VARCHAR(32)   NOT NULL PRIMARY KEY,
    account_id            VARCHAR(12)   NOT NULL,
    instance_profile_name VARCHAR(128)  NOT NULL,
    name_lower            VARCHAR(128)  NOT NULL,
    path                  VARCHAR(512)  NOT NULL,
    arn                   VARCHAR(2048) NOT NULL,
    create_date           TIMESTAMPTZ   NOT NULL,
    tags                  JSONB         NOT NULL,
    role_id               VARCHAR(32),
    role_name             VARCHAR(64),
    version               BIGINT        NOT NULL,
    deleted               BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX iam_instance_profile_account_name ON iam_instance_profile (account_id, name_lower);
CREATE INDEX iam_instance_profile_role ON iam_instance_profile (role_id);
