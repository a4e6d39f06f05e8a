-- Customer managed policies as IAM's Get/List operations show them. "version" is the aggregate sequence number of
-- the last event applied (see iam_role). AWS managed policies are not stored: they ship with the product.
CREATE TABLE iam_policy (
    policy_id          VARCHAR(32)   NOT NULL PRIMARY KEY,
    account_id         VARCHAR(12)   NOT NULL,
    policy_name        VARCHAR(128)  NOT NULL,
    policy_name_lower  VARCHAR(128)  NOT NULL,
    path               VARCHAR(512)  NOT NULL,
    arn                VARCHAR(2048) NOT NULL,
    description        VARCHAR(1000),
    default_version_id VARCHAR(32)   NOT NULL,
    create_date        TIMESTAMPTZ   NOT NULL,
    update_date        TIMESTAMPTZ   NOT NULL,
    tags               JSONB         NOT NULL,
    version            BIGINT        NOT NULL,
    deleted            BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX iam_policy_account_arn ON iam_policy (account_id, arn);

CREATE TABLE iam_policy_version (
    policy_id   VARCHAR(32)  NOT NULL,
    version_id  VARCHAR(32)  NOT NULL,
    version_no  INTEGER      NOT NULL,
    document    TEXT         NOT NULL,
    create_date TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (policy_id, version_id)
);

-- Which managed policy (the account's own or AWS's, by ARN) is attached to which entity. Written from the entity's
-- events (a role's now; users' and groups' later, entity_type 'user' / 'group'), idempotent by the entity's version.
CREATE TABLE iam_policy_attachment (
    account_id  VARCHAR(12)   NOT NULL,
    policy_arn  VARCHAR(2048) NOT NULL,
    policy_name VARCHAR(128)  NOT NULL,
    policy_path VARCHAR(512)  NOT NULL,
    entity_type VARCHAR(32)   NOT NULL,
    entity_id   VARCHAR(32)   NOT NULL,
    PRIMARY KEY (entity_type, entity_id, policy_arn)
);
CREATE INDEX iam_policy_attachment_policy ON iam_policy_attachment (account_id, policy_arn);
