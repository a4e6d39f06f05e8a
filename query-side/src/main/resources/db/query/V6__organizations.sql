-- Organizations for Describe/List operations; "version" is the organization aggregate's sequence number last applied.
CREATE TABLE org_organization (
    organization_id       VARCHAR(34) NOT NULL PRIMARY KEY,
    management_account_id VARCHAR(12) NOT NULL UNIQUE,
    root_id               VARCHAR(34) NOT NULL,
    feature_set           VARCHAR(32) NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    version               BIGINT      NOT NULL
);
CREATE TABLE org_account (
    account_id      VARCHAR(12)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(34)  NOT NULL,
    account_name    VARCHAR(50)  NOT NULL,
    email           VARCHAR(64),
    status          VARCHAR(32)  NOT NULL,
    joined_method   VARCHAR(16)  NOT NULL,
    joined_at       TIMESTAMPTZ  NOT NULL,
    parent_id       VARCHAR(100) NOT NULL
);
CREATE INDEX org_account_organization ON org_account (organization_id, joined_at);
CREATE TABLE org_create_account_status (
    request_id      VARCHAR(36) NOT NULL PRIMARY KEY,
    organization_id VARCHAR(34) NOT NULL,
    account_name    VARCHAR(50) NOT NULL,
    state           VARCHAR(16) NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    account_id      VARCHAR(12),
    failure_reason  VARCHAR(64)
);
CREATE INDEX org_create_account_status_organization ON org_create_account_status (organization_id, requested_at);
