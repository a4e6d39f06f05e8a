-- Users and groups as IAM's Get/List operations show them. "version" is the aggregate sequence number of the last
-- event applied to the row's aggregate: an event at or below it was applied already and changes nothing.
CREATE TABLE iam_user (
    user_id                  VARCHAR(32)   NOT NULL PRIMARY KEY,
    account_id               VARCHAR(12)   NOT NULL,
    user_name                VARCHAR(64)   NOT NULL,
    user_name_lower          VARCHAR(64)   NOT NULL,
    path                     VARCHAR(512)  NOT NULL,
    create_date              TIMESTAMPTZ   NOT NULL,
    permissions_boundary_arn VARCHAR(2048),
    tags                     JSONB         NOT NULL,
    version                  BIGINT        NOT NULL,
    deleted                  BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX iam_user_account_name ON iam_user (account_id, user_name_lower);

CREATE TABLE iam_user_policy (
    user_id         VARCHAR(32)  NOT NULL,
    policy_name     VARCHAR(128) NOT NULL,
    policy_document TEXT         NOT NULL,
    PRIMARY KEY (user_id, policy_name)
);

CREATE TABLE iam_group (
    group_id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id       VARCHAR(12)  NOT NULL,
    group_name       VARCHAR(128) NOT NULL,
    group_name_lower VARCHAR(128) NOT NULL,
    path             VARCHAR(512) NOT NULL,
    create_date      TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL,
    deleted          BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX iam_group_account_name ON iam_group (account_id, group_name_lower);

CREATE TABLE iam_group_policy (
    group_id        VARCHAR(32)  NOT NULL,
    policy_name     VARCHAR(128) NOT NULL,
    policy_document TEXT         NOT NULL,
    PRIMARY KEY (group_id, policy_name)
);

-- Memberships are events of the user; their row is applied under the user's version.
CREATE TABLE iam_group_member (
    group_id VARCHAR(32) NOT NULL,
    user_id  VARCHAR(32) NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX iam_group_member_user ON iam_group_member (user_id);
