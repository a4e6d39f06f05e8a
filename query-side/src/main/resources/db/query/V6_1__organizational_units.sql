-- Organizational units for Organizations' Describe/List operations (the organization's version covers them too).
CREATE TABLE org_ou (
    ou_id           VARCHAR(68)  NOT NULL PRIMARY KEY,
    organization_id VARCHAR(34)  NOT NULL,
    parent_id       VARCHAR(100) NOT NULL,
    name            VARCHAR(128) NOT NULL
);
CREATE INDEX org_ou_organization ON org_ou (organization_id, parent_id);
